package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The caller's change feed, for offline-first clients: every change to the user's accounts,
 * categories, transactions, budgets, exchange rates, profile and sessions gets a cursor from
 * the server, in the order the changes committed (device clocks play no part). A client
 * keeps the last cursor it saw and asks for what changed after it.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/sync.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SyncServiceGrpc {

  private SyncServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.SyncService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListChangesRequest,
      com.rupaya.api.v1.ListChangesResponse> getListChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListChanges",
      requestType = com.rupaya.api.v1.ListChangesRequest.class,
      responseType = com.rupaya.api.v1.ListChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListChangesRequest,
      com.rupaya.api.v1.ListChangesResponse> getListChangesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListChangesRequest, com.rupaya.api.v1.ListChangesResponse> getListChangesMethod;
    if ((getListChangesMethod = SyncServiceGrpc.getListChangesMethod) == null) {
      synchronized (SyncServiceGrpc.class) {
        if ((getListChangesMethod = SyncServiceGrpc.getListChangesMethod) == null) {
          SyncServiceGrpc.getListChangesMethod = getListChangesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListChangesRequest, com.rupaya.api.v1.ListChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListChangesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListChangesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.WatchChangesRequest,
      com.rupaya.api.v1.WatchChangesResponse> getWatchChangesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchChanges",
      requestType = com.rupaya.api.v1.WatchChangesRequest.class,
      responseType = com.rupaya.api.v1.WatchChangesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.WatchChangesRequest,
      com.rupaya.api.v1.WatchChangesResponse> getWatchChangesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.WatchChangesRequest, com.rupaya.api.v1.WatchChangesResponse> getWatchChangesMethod;
    if ((getWatchChangesMethod = SyncServiceGrpc.getWatchChangesMethod) == null) {
      synchronized (SyncServiceGrpc.class) {
        if ((getWatchChangesMethod = SyncServiceGrpc.getWatchChangesMethod) == null) {
          SyncServiceGrpc.getWatchChangesMethod = getWatchChangesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.WatchChangesRequest, com.rupaya.api.v1.WatchChangesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchChanges"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.WatchChangesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.WatchChangesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getWatchChangesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SyncServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncServiceStub>() {
        @java.lang.Override
        public SyncServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncServiceStub(channel, callOptions);
        }
      };
    return SyncServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SyncServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncServiceBlockingStub>() {
        @java.lang.Override
        public SyncServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncServiceBlockingStub(channel, callOptions);
        }
      };
    return SyncServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SyncServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SyncServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SyncServiceFutureStub>() {
        @java.lang.Override
        public SyncServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SyncServiceFutureStub(channel, callOptions);
        }
      };
    return SyncServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The caller's change feed, for offline-first clients: every change to the user's accounts,
   * categories, transactions, budgets, exchange rates, profile and sessions gets a cursor from
   * the server, in the order the changes committed (device clocks play no part). A client
   * keeps the last cursor it saw and asks for what changed after it.
   * </pre>
   */
  public static abstract class SyncServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Every entity changed after `cursor`, once, in its latest full form (or a tombstone),
     * ordered by the cursor of its latest change, a page at a time. Cursor 0 is a full
     * snapshot of what the user has. A cursor the change-log retention has passed fails with
     * FAILED_PRECONDITION (reason SYNC_CURSOR_EXPIRED): resync from cursor 0.
     * </pre>
     */
    public void listChanges(com.rupaya.api.v1.ListChangesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListChangesMethod(), responseObserver);
    }

    /**
     * <pre>
     * What changed after `cursor` (as ListChanges pages it), then each new change as it commits
     * on any server, each message with the cursor to resume from; a message without changes is a
     * heartbeat. Reconnecting with the last cursor seen misses nothing and repeats nothing. A
     * user has a limited number of open streams (RESOURCE_EXHAUSTED, SYNC_STREAM_LIMIT), and a server
     * process a limited number for all users (UNAVAILABLE, SYNC_STREAMS_BUSY, with RetryInfo); a stream
     * without changes for the idle timeout, or open while the server shuts down, ends with
     * UNAVAILABLE (SYNC_STREAM_CLOSED): reconnect with the last cursor. Over HTTP: SSE or NDJSON.
     * </pre>
     */
    public void watchChanges(com.rupaya.api.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchChangesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListChangesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListChangesRequest,
                com.rupaya.api.v1.ListChangesResponse>(
                  this, METHODID_LIST_CHANGES)))
          .addMethod(
            getWatchChangesMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                com.rupaya.api.v1.WatchChangesRequest,
                com.rupaya.api.v1.WatchChangesResponse>(
                  this, METHODID_WATCH_CHANGES)))
          .build();
    }
  }

  /**
   * <pre>
   * The caller's change feed, for offline-first clients: every change to the user's accounts,
   * categories, transactions, budgets, exchange rates, profile and sessions gets a cursor from
   * the server, in the order the changes committed (device clocks play no part). A client
   * keeps the last cursor it saw and asks for what changed after it.
   * </pre>
   */
  public static final class SyncServiceStub extends io.grpc.stub.AbstractAsyncStub<SyncServiceStub> {
    private SyncServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Every entity changed after `cursor`, once, in its latest full form (or a tombstone),
     * ordered by the cursor of its latest change, a page at a time. Cursor 0 is a full
     * snapshot of what the user has. A cursor the change-log retention has passed fails with
     * FAILED_PRECONDITION (reason SYNC_CURSOR_EXPIRED): resync from cursor 0.
     * </pre>
     */
    public void listChanges(com.rupaya.api.v1.ListChangesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListChangesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * What changed after `cursor` (as ListChanges pages it), then each new change as it commits
     * on any server, each message with the cursor to resume from; a message without changes is a
     * heartbeat. Reconnecting with the last cursor seen misses nothing and repeats nothing. A
     * user has a limited number of open streams (RESOURCE_EXHAUSTED, SYNC_STREAM_LIMIT), and a server
     * process a limited number for all users (UNAVAILABLE, SYNC_STREAMS_BUSY, with RetryInfo); a stream
     * without changes for the idle timeout, or open while the server shuts down, ends with
     * UNAVAILABLE (SYNC_STREAM_CLOSED): reconnect with the last cursor. Over HTTP: SSE or NDJSON.
     * </pre>
     */
    public void watchChanges(com.rupaya.api.v1.WatchChangesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.WatchChangesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchChangesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The caller's change feed, for offline-first clients: every change to the user's accounts,
   * categories, transactions, budgets, exchange rates, profile and sessions gets a cursor from
   * the server, in the order the changes committed (device clocks play no part). A client
   * keeps the last cursor it saw and asks for what changed after it.
   * </pre>
   */
  public static final class SyncServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<SyncServiceBlockingStub> {
    private SyncServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Every entity changed after `cursor`, once, in its latest full form (or a tombstone),
     * ordered by the cursor of its latest change, a page at a time. Cursor 0 is a full
     * snapshot of what the user has. A cursor the change-log retention has passed fails with
     * FAILED_PRECONDITION (reason SYNC_CURSOR_EXPIRED): resync from cursor 0.
     * </pre>
     */
    public com.rupaya.api.v1.ListChangesResponse listChanges(com.rupaya.api.v1.ListChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListChangesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * What changed after `cursor` (as ListChanges pages it), then each new change as it commits
     * on any server, each message with the cursor to resume from; a message without changes is a
     * heartbeat. Reconnecting with the last cursor seen misses nothing and repeats nothing. A
     * user has a limited number of open streams (RESOURCE_EXHAUSTED, SYNC_STREAM_LIMIT), and a server
     * process a limited number for all users (UNAVAILABLE, SYNC_STREAMS_BUSY, with RetryInfo); a stream
     * without changes for the idle timeout, or open while the server shuts down, ends with
     * UNAVAILABLE (SYNC_STREAM_CLOSED): reconnect with the last cursor. Over HTTP: SSE or NDJSON.
     * </pre>
     */
    public java.util.Iterator<com.rupaya.api.v1.WatchChangesResponse> watchChanges(
        com.rupaya.api.v1.WatchChangesRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchChangesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The caller's change feed, for offline-first clients: every change to the user's accounts,
   * categories, transactions, budgets, exchange rates, profile and sessions gets a cursor from
   * the server, in the order the changes committed (device clocks play no part). A client
   * keeps the last cursor it saw and asks for what changed after it.
   * </pre>
   */
  public static final class SyncServiceFutureStub extends io.grpc.stub.AbstractFutureStub<SyncServiceFutureStub> {
    private SyncServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SyncServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SyncServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Every entity changed after `cursor`, once, in its latest full form (or a tombstone),
     * ordered by the cursor of its latest change, a page at a time. Cursor 0 is a full
     * snapshot of what the user has. A cursor the change-log retention has passed fails with
     * FAILED_PRECONDITION (reason SYNC_CURSOR_EXPIRED): resync from cursor 0.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListChangesResponse> listChanges(
        com.rupaya.api.v1.ListChangesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListChangesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_CHANGES = 0;
  private static final int METHODID_WATCH_CHANGES = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final SyncServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(SyncServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_CHANGES:
          serviceImpl.listChanges((com.rupaya.api.v1.ListChangesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListChangesResponse>) responseObserver);
          break;
        case METHODID_WATCH_CHANGES:
          serviceImpl.watchChanges((com.rupaya.api.v1.WatchChangesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.WatchChangesResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (SyncServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getListChangesMethod())
              .addMethod(getWatchChangesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
