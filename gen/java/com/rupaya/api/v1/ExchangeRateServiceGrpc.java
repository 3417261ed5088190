package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The user's exchange rates to a base currency, used by analytics to report converted totals.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/exchange_rates.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ExchangeRateServiceGrpc {

  private ExchangeRateServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.ExchangeRateService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.SetExchangeRateRequest,
      com.rupaya.api.v1.SetExchangeRateResponse> getSetExchangeRateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetExchangeRate",
      requestType = com.rupaya.api.v1.SetExchangeRateRequest.class,
      responseType = com.rupaya.api.v1.SetExchangeRateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.SetExchangeRateRequest,
      com.rupaya.api.v1.SetExchangeRateResponse> getSetExchangeRateMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.SetExchangeRateRequest, com.rupaya.api.v1.SetExchangeRateResponse> getSetExchangeRateMethod;
    if ((getSetExchangeRateMethod = ExchangeRateServiceGrpc.getSetExchangeRateMethod) == null) {
      synchronized (ExchangeRateServiceGrpc.class) {
        if ((getSetExchangeRateMethod = ExchangeRateServiceGrpc.getSetExchangeRateMethod) == null) {
          ExchangeRateServiceGrpc.getSetExchangeRateMethod = getSetExchangeRateMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.SetExchangeRateRequest, com.rupaya.api.v1.SetExchangeRateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetExchangeRate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SetExchangeRateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SetExchangeRateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExchangeRateServiceMethodDescriptorSupplier("SetExchangeRate"))
              .build();
        }
      }
    }
    return getSetExchangeRateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteExchangeRateRequest,
      com.rupaya.api.v1.DeleteExchangeRateResponse> getDeleteExchangeRateMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteExchangeRate",
      requestType = com.rupaya.api.v1.DeleteExchangeRateRequest.class,
      responseType = com.rupaya.api.v1.DeleteExchangeRateResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteExchangeRateRequest,
      com.rupaya.api.v1.DeleteExchangeRateResponse> getDeleteExchangeRateMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteExchangeRateRequest, com.rupaya.api.v1.DeleteExchangeRateResponse> getDeleteExchangeRateMethod;
    if ((getDeleteExchangeRateMethod = ExchangeRateServiceGrpc.getDeleteExchangeRateMethod) == null) {
      synchronized (ExchangeRateServiceGrpc.class) {
        if ((getDeleteExchangeRateMethod = ExchangeRateServiceGrpc.getDeleteExchangeRateMethod) == null) {
          ExchangeRateServiceGrpc.getDeleteExchangeRateMethod = getDeleteExchangeRateMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteExchangeRateRequest, com.rupaya.api.v1.DeleteExchangeRateResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteExchangeRate"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteExchangeRateRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteExchangeRateResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExchangeRateServiceMethodDescriptorSupplier("DeleteExchangeRate"))
              .build();
        }
      }
    }
    return getDeleteExchangeRateMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListExchangeRatesRequest,
      com.rupaya.api.v1.ListExchangeRatesResponse> getListExchangeRatesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListExchangeRates",
      requestType = com.rupaya.api.v1.ListExchangeRatesRequest.class,
      responseType = com.rupaya.api.v1.ListExchangeRatesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListExchangeRatesRequest,
      com.rupaya.api.v1.ListExchangeRatesResponse> getListExchangeRatesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListExchangeRatesRequest, com.rupaya.api.v1.ListExchangeRatesResponse> getListExchangeRatesMethod;
    if ((getListExchangeRatesMethod = ExchangeRateServiceGrpc.getListExchangeRatesMethod) == null) {
      synchronized (ExchangeRateServiceGrpc.class) {
        if ((getListExchangeRatesMethod = ExchangeRateServiceGrpc.getListExchangeRatesMethod) == null) {
          ExchangeRateServiceGrpc.getListExchangeRatesMethod = getListExchangeRatesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListExchangeRatesRequest, com.rupaya.api.v1.ListExchangeRatesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListExchangeRates"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListExchangeRatesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListExchangeRatesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ExchangeRateServiceMethodDescriptorSupplier("ListExchangeRates"))
              .build();
        }
      }
    }
    return getListExchangeRatesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ExchangeRateServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceStub>() {
        @java.lang.Override
        public ExchangeRateServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExchangeRateServiceStub(channel, callOptions);
        }
      };
    return ExchangeRateServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ExchangeRateServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceBlockingStub>() {
        @java.lang.Override
        public ExchangeRateServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExchangeRateServiceBlockingStub(channel, callOptions);
        }
      };
    return ExchangeRateServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ExchangeRateServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ExchangeRateServiceFutureStub>() {
        @java.lang.Override
        public ExchangeRateServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ExchangeRateServiceFutureStub(channel, callOptions);
        }
      };
    return ExchangeRateServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The user's exchange rates to a base currency, used by analytics to report converted totals.
   * </pre>
   */
  public static abstract class ExchangeRateServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Sets the rate of one currency to a base currency from an effective date on; setting
     * the same (currency, base, date) again replaces the rate (keeping its `id`, with a new
     * `etag`). With a non-empty `etag` the call only replaces: it fails with NOT_FOUND when
     * that (currency, base, date) has no rate, and with ABORTED (changing nothing) when the
     * rate's etag is another. Idempotent on `request_id`.
     * </pre>
     */
    public void setExchangeRate(com.rupaya.api.v1.SetExchangeRateRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SetExchangeRateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetExchangeRateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes one of the caller's rates; analytics stops converting with it at once.
     * Another user's rate, or one already deleted, is NOT_FOUND; with a non-empty `etag`
     * that is not the current one the call fails with ABORTED and deletes nothing.
     * Idempotent on `request_id`: a retry answers like the first call.
     * </pre>
     */
    public void deleteExchangeRate(com.rupaya.api.v1.DeleteExchangeRateRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteExchangeRateResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteExchangeRateMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the user's rates by (base, currency, effective date), keyset-paginated.
     * </pre>
     */
    public void listExchangeRates(com.rupaya.api.v1.ListExchangeRatesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListExchangeRatesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListExchangeRatesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSetExchangeRateMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.SetExchangeRateRequest,
                com.rupaya.api.v1.SetExchangeRateResponse>(
                  this, METHODID_SET_EXCHANGE_RATE)))
          .addMethod(
            getDeleteExchangeRateMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteExchangeRateRequest,
                com.rupaya.api.v1.DeleteExchangeRateResponse>(
                  this, METHODID_DELETE_EXCHANGE_RATE)))
          .addMethod(
            getListExchangeRatesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListExchangeRatesRequest,
                com.rupaya.api.v1.ListExchangeRatesResponse>(
                  this, METHODID_LIST_EXCHANGE_RATES)))
          .build();
    }
  }

  /**
   * <pre>
   * The user's exchange rates to a base currency, used by analytics to report converted totals.
   * </pre>
   */
  public static final class ExchangeRateServiceStub extends io.grpc.stub.AbstractAsyncStub<ExchangeRateServiceStub> {
    private ExchangeRateServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExchangeRateServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExchangeRateServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sets the rate of one currency to a base currency from an effective date on; setting
     * the same (currency, base, date) again replaces the rate (keeping its `id`, with a new
     * `etag`). With a non-empty `etag` the call only replaces: it fails with NOT_FOUND when
     * that (currency, base, date) has no rate, and with ABORTED (changing nothing) when the
     * rate's etag is another. Idempotent on `request_id`.
     * </pre>
     */
    public void setExchangeRate(com.rupaya.api.v1.SetExchangeRateRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SetExchangeRateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetExchangeRateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes one of the caller's rates; analytics stops converting with it at once.
     * Another user's rate, or one already deleted, is NOT_FOUND; with a non-empty `etag`
     * that is not the current one the call fails with ABORTED and deletes nothing.
     * Idempotent on `request_id`: a retry answers like the first call.
     * </pre>
     */
    public void deleteExchangeRate(com.rupaya.api.v1.DeleteExchangeRateRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteExchangeRateResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteExchangeRateMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the user's rates by (base, currency, effective date), keyset-paginated.
     * </pre>
     */
    public void listExchangeRates(com.rupaya.api.v1.ListExchangeRatesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListExchangeRatesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListExchangeRatesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The user's exchange rates to a base currency, used by analytics to report converted totals.
   * </pre>
   */
  public static final class ExchangeRateServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ExchangeRateServiceBlockingStub> {
    private ExchangeRateServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExchangeRateServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExchangeRateServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sets the rate of one currency to a base currency from an effective date on; setting
     * the same (currency, base, date) again replaces the rate (keeping its `id`, with a new
     * `etag`). With a non-empty `etag` the call only replaces: it fails with NOT_FOUND when
     * that (currency, base, date) has no rate, and with ABORTED (changing nothing) when the
     * rate's etag is another. Idempotent on `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.SetExchangeRateResponse setExchangeRate(com.rupaya.api.v1.SetExchangeRateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetExchangeRateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes one of the caller's rates; analytics stops converting with it at once.
     * Another user's rate, or one already deleted, is NOT_FOUND; with a non-empty `etag`
     * that is not the current one the call fails with ABORTED and deletes nothing.
     * Idempotent on `request_id`: a retry answers like the first call.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteExchangeRateResponse deleteExchangeRate(com.rupaya.api.v1.DeleteExchangeRateRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteExchangeRateMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the user's rates by (base, currency, effective date), keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListExchangeRatesResponse listExchangeRates(com.rupaya.api.v1.ListExchangeRatesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListExchangeRatesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The user's exchange rates to a base currency, used by analytics to report converted totals.
   * </pre>
   */
  public static final class ExchangeRateServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ExchangeRateServiceFutureStub> {
    private ExchangeRateServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ExchangeRateServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ExchangeRateServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Sets the rate of one currency to a base currency from an effective date on; setting
     * the same (currency, base, date) again replaces the rate (keeping its `id`, with a new
     * `etag`). With a non-empty `etag` the call only replaces: it fails with NOT_FOUND when
     * that (currency, base, date) has no rate, and with ABORTED (changing nothing) when the
     * rate's etag is another. Idempotent on `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.SetExchangeRateResponse> setExchangeRate(
        com.rupaya.api.v1.SetExchangeRateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetExchangeRateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes one of the caller's rates; analytics stops converting with it at once.
     * Another user's rate, or one already deleted, is NOT_FOUND; with a non-empty `etag`
     * that is not the current one the call fails with ABORTED and deletes nothing.
     * Idempotent on `request_id`: a retry answers like the first call.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteExchangeRateResponse> deleteExchangeRate(
        com.rupaya.api.v1.DeleteExchangeRateRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteExchangeRateMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the user's rates by (base, currency, effective date), keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListExchangeRatesResponse> listExchangeRates(
        com.rupaya.api.v1.ListExchangeRatesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListExchangeRatesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SET_EXCHANGE_RATE = 0;
  private static final int METHODID_DELETE_EXCHANGE_RATE = 1;
  private static final int METHODID_LIST_EXCHANGE_RATES = 2;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ExchangeRateServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ExchangeRateServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SET_EXCHANGE_RATE:
          serviceImpl.setExchangeRate((com.rupaya.api.v1.SetExchangeRateRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.SetExchangeRateResponse>) responseObserver);
          break;
        case METHODID_DELETE_EXCHANGE_RATE:
          serviceImpl.deleteExchangeRate((com.rupaya.api.v1.DeleteExchangeRateRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteExchangeRateResponse>) responseObserver);
          break;
        case METHODID_LIST_EXCHANGE_RATES:
          serviceImpl.listExchangeRates((com.rupaya.api.v1.ListExchangeRatesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListExchangeRatesResponse>) responseObserver);
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

  private static abstract class ExchangeRateServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ExchangeRateServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.ExchangeRatesProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ExchangeRateService");
    }
  }

  private static final class ExchangeRateServiceFileDescriptorSupplier
      extends ExchangeRateServiceBaseDescriptorSupplier {
    ExchangeRateServiceFileDescriptorSupplier() {}
  }

  private static final class ExchangeRateServiceMethodDescriptorSupplier
      extends ExchangeRateServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    ExchangeRateServiceMethodDescriptorSupplier(String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (ExchangeRateServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ExchangeRateServiceFileDescriptorSupplier())
              .addMethod(getSetExchangeRateMethod())
              .addMethod(getDeleteExchangeRateMethod())
              .addMethod(getListExchangeRatesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
