package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * What the server tells the user on its own: budget alerts. A notification is
 * raised in the same database transaction as the write that caused it, at most
 * once per cause; it also appears in the change feed (ENTITY_TYPE_NOTIFICATION).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/notifications.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class NotificationServiceGrpc {

  private NotificationServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.NotificationService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListNotificationsRequest,
      com.rupaya.api.v1.ListNotificationsResponse> getListNotificationsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListNotifications",
      requestType = com.rupaya.api.v1.ListNotificationsRequest.class,
      responseType = com.rupaya.api.v1.ListNotificationsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListNotificationsRequest,
      com.rupaya.api.v1.ListNotificationsResponse> getListNotificationsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListNotificationsRequest, com.rupaya.api.v1.ListNotificationsResponse> getListNotificationsMethod;
    if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getListNotificationsMethod = NotificationServiceGrpc.getListNotificationsMethod) == null) {
          NotificationServiceGrpc.getListNotificationsMethod = getListNotificationsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListNotificationsRequest, com.rupaya.api.v1.ListNotificationsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListNotifications"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListNotificationsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListNotificationsResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListNotificationsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.MarkNotificationReadRequest,
      com.rupaya.api.v1.MarkNotificationReadResponse> getMarkNotificationReadMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MarkNotificationRead",
      requestType = com.rupaya.api.v1.MarkNotificationReadRequest.class,
      responseType = com.rupaya.api.v1.MarkNotificationReadResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.MarkNotificationReadRequest,
      com.rupaya.api.v1.MarkNotificationReadResponse> getMarkNotificationReadMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.MarkNotificationReadRequest, com.rupaya.api.v1.MarkNotificationReadResponse> getMarkNotificationReadMethod;
    if ((getMarkNotificationReadMethod = NotificationServiceGrpc.getMarkNotificationReadMethod) == null) {
      synchronized (NotificationServiceGrpc.class) {
        if ((getMarkNotificationReadMethod = NotificationServiceGrpc.getMarkNotificationReadMethod) == null) {
          NotificationServiceGrpc.getMarkNotificationReadMethod = getMarkNotificationReadMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.MarkNotificationReadRequest, com.rupaya.api.v1.MarkNotificationReadResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MarkNotificationRead"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.MarkNotificationReadRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.MarkNotificationReadResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getMarkNotificationReadMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static NotificationServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceStub>() {
        @java.lang.Override
        public NotificationServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceStub(channel, callOptions);
        }
      };
    return NotificationServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static NotificationServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceBlockingStub>() {
        @java.lang.Override
        public NotificationServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceBlockingStub(channel, callOptions);
        }
      };
    return NotificationServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static NotificationServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<NotificationServiceFutureStub>() {
        @java.lang.Override
        public NotificationServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new NotificationServiceFutureStub(channel, callOptions);
        }
      };
    return NotificationServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * What the server tells the user on its own: budget alerts. A notification is
   * raised in the same database transaction as the write that caused it, at most
   * once per cause; it also appears in the change feed (ENTITY_TYPE_NOTIFICATION).
   * </pre>
   */
  public static abstract class NotificationServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * The caller's notifications, newest first, keyset-paginated.
     * </pre>
     */
    public void listNotifications(com.rupaya.api.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListNotificationsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks a notification read. Idempotent: marking a read notification again
     * returns it unchanged (same etag, same `read_time`).
     * </pre>
     */
    public void markNotificationRead(com.rupaya.api.v1.MarkNotificationReadRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.MarkNotificationReadResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMarkNotificationReadMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListNotificationsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListNotificationsRequest,
                com.rupaya.api.v1.ListNotificationsResponse>(
                  this, METHODID_LIST_NOTIFICATIONS)))
          .addMethod(
            getMarkNotificationReadMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.MarkNotificationReadRequest,
                com.rupaya.api.v1.MarkNotificationReadResponse>(
                  this, METHODID_MARK_NOTIFICATION_READ)))
          .build();
    }
  }

  /**
   * <pre>
   * What the server tells the user on its own: budget alerts. A notification is
   * raised in the same database transaction as the write that caused it, at most
   * once per cause; it also appears in the change feed (ENTITY_TYPE_NOTIFICATION).
   * </pre>
   */
  public static final class NotificationServiceStub extends io.grpc.stub.AbstractAsyncStub<NotificationServiceStub> {
    private NotificationServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's notifications, newest first, keyset-paginated.
     * </pre>
     */
    public void listNotifications(com.rupaya.api.v1.ListNotificationsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListNotificationsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks a notification read. Idempotent: marking a read notification again
     * returns it unchanged (same etag, same `read_time`).
     * </pre>
     */
    public void markNotificationRead(com.rupaya.api.v1.MarkNotificationReadRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.MarkNotificationReadResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMarkNotificationReadMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * What the server tells the user on its own: budget alerts. A notification is
   * raised in the same database transaction as the write that caused it, at most
   * once per cause; it also appears in the change feed (ENTITY_TYPE_NOTIFICATION).
   * </pre>
   */
  public static final class NotificationServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<NotificationServiceBlockingStub> {
    private NotificationServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's notifications, newest first, keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListNotificationsResponse listNotifications(com.rupaya.api.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListNotificationsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks a notification read. Idempotent: marking a read notification again
     * returns it unchanged (same etag, same `read_time`).
     * </pre>
     */
    public com.rupaya.api.v1.MarkNotificationReadResponse markNotificationRead(com.rupaya.api.v1.MarkNotificationReadRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMarkNotificationReadMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * What the server tells the user on its own: budget alerts. A notification is
   * raised in the same database transaction as the write that caused it, at most
   * once per cause; it also appears in the change feed (ENTITY_TYPE_NOTIFICATION).
   * </pre>
   */
  public static final class NotificationServiceFutureStub extends io.grpc.stub.AbstractFutureStub<NotificationServiceFutureStub> {
    private NotificationServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected NotificationServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new NotificationServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The caller's notifications, newest first, keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListNotificationsResponse> listNotifications(
        com.rupaya.api.v1.ListNotificationsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListNotificationsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks a notification read. Idempotent: marking a read notification again
     * returns it unchanged (same etag, same `read_time`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.MarkNotificationReadResponse> markNotificationRead(
        com.rupaya.api.v1.MarkNotificationReadRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMarkNotificationReadMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_NOTIFICATIONS = 0;
  private static final int METHODID_MARK_NOTIFICATION_READ = 1;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final NotificationServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(NotificationServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_NOTIFICATIONS:
          serviceImpl.listNotifications((com.rupaya.api.v1.ListNotificationsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListNotificationsResponse>) responseObserver);
          break;
        case METHODID_MARK_NOTIFICATION_READ:
          serviceImpl.markNotificationRead((com.rupaya.api.v1.MarkNotificationReadRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.MarkNotificationReadResponse>) responseObserver);
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
      synchronized (NotificationServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getListNotificationsMethod())
              .addMethod(getMarkNotificationReadMethod())
              .build();
        }
      }
    }
    return result;
  }
}
