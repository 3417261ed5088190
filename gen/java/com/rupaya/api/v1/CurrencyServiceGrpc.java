package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The currencies RUPAYA accepts and their minor units, so clients never hard-code an
 * exponent: an amount's `amount_minor` is `amount_decimal` x 10^exponent of its currency.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/currencies.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class CurrencyServiceGrpc {

  private CurrencyServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.CurrencyService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCurrenciesRequest,
      com.rupaya.api.v1.ListCurrenciesResponse> getListCurrenciesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCurrencies",
      requestType = com.rupaya.api.v1.ListCurrenciesRequest.class,
      responseType = com.rupaya.api.v1.ListCurrenciesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCurrenciesRequest,
      com.rupaya.api.v1.ListCurrenciesResponse> getListCurrenciesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCurrenciesRequest, com.rupaya.api.v1.ListCurrenciesResponse> getListCurrenciesMethod;
    if ((getListCurrenciesMethod = CurrencyServiceGrpc.getListCurrenciesMethod) == null) {
      synchronized (CurrencyServiceGrpc.class) {
        if ((getListCurrenciesMethod = CurrencyServiceGrpc.getListCurrenciesMethod) == null) {
          CurrencyServiceGrpc.getListCurrenciesMethod = getListCurrenciesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListCurrenciesRequest, com.rupaya.api.v1.ListCurrenciesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCurrencies"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListCurrenciesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListCurrenciesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new CurrencyServiceMethodDescriptorSupplier("ListCurrencies"))
              .build();
        }
      }
    }
    return getListCurrenciesMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CurrencyServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceStub>() {
        @java.lang.Override
        public CurrencyServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CurrencyServiceStub(channel, callOptions);
        }
      };
    return CurrencyServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CurrencyServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceBlockingStub>() {
        @java.lang.Override
        public CurrencyServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CurrencyServiceBlockingStub(channel, callOptions);
        }
      };
    return CurrencyServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CurrencyServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CurrencyServiceFutureStub>() {
        @java.lang.Override
        public CurrencyServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CurrencyServiceFutureStub(channel, callOptions);
        }
      };
    return CurrencyServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The currencies RUPAYA accepts and their minor units, so clients never hard-code an
   * exponent: an amount's `amount_minor` is `amount_decimal` x 10^exponent of its currency.
   * </pre>
   */
  public static abstract class CurrencyServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Lists every supported currency, ordered by `code`. Public: an app needs the exponents
     * to show and parse amounts on its sign-up and sign-in screens, before it holds a token.
     * The table (the project's shared/currencies.json: under 200 entries, some 12 KB) is
     * small and changes only with a server release, so it comes whole in one reply, without
     * paging or filters; clients may cache it for the life of the process.
     * </pre>
     */
    public void listCurrencies(com.rupaya.api.v1.ListCurrenciesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCurrenciesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCurrenciesMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getListCurrenciesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListCurrenciesRequest,
                com.rupaya.api.v1.ListCurrenciesResponse>(
                  this, METHODID_LIST_CURRENCIES)))
          .build();
    }
  }

  /**
   * <pre>
   * The currencies RUPAYA accepts and their minor units, so clients never hard-code an
   * exponent: an amount's `amount_minor` is `amount_decimal` x 10^exponent of its currency.
   * </pre>
   */
  public static final class CurrencyServiceStub extends io.grpc.stub.AbstractAsyncStub<CurrencyServiceStub> {
    private CurrencyServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CurrencyServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CurrencyServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every supported currency, ordered by `code`. Public: an app needs the exponents
     * to show and parse amounts on its sign-up and sign-in screens, before it holds a token.
     * The table (the project's shared/currencies.json: under 200 entries, some 12 KB) is
     * small and changes only with a server release, so it comes whole in one reply, without
     * paging or filters; clients may cache it for the life of the process.
     * </pre>
     */
    public void listCurrencies(com.rupaya.api.v1.ListCurrenciesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCurrenciesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCurrenciesMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The currencies RUPAYA accepts and their minor units, so clients never hard-code an
   * exponent: an amount's `amount_minor` is `amount_decimal` x 10^exponent of its currency.
   * </pre>
   */
  public static final class CurrencyServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<CurrencyServiceBlockingStub> {
    private CurrencyServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CurrencyServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CurrencyServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every supported currency, ordered by `code`. Public: an app needs the exponents
     * to show and parse amounts on its sign-up and sign-in screens, before it holds a token.
     * The table (the project's shared/currencies.json: under 200 entries, some 12 KB) is
     * small and changes only with a server release, so it comes whole in one reply, without
     * paging or filters; clients may cache it for the life of the process.
     * </pre>
     */
    public com.rupaya.api.v1.ListCurrenciesResponse listCurrencies(com.rupaya.api.v1.ListCurrenciesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCurrenciesMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The currencies RUPAYA accepts and their minor units, so clients never hard-code an
   * exponent: an amount's `amount_minor` is `amount_decimal` x 10^exponent of its currency.
   * </pre>
   */
  public static final class CurrencyServiceFutureStub extends io.grpc.stub.AbstractFutureStub<CurrencyServiceFutureStub> {
    private CurrencyServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CurrencyServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CurrencyServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Lists every supported currency, ordered by `code`. Public: an app needs the exponents
     * to show and parse amounts on its sign-up and sign-in screens, before it holds a token.
     * The table (the project's shared/currencies.json: under 200 entries, some 12 KB) is
     * small and changes only with a server release, so it comes whole in one reply, without
     * paging or filters; clients may cache it for the life of the process.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListCurrenciesResponse> listCurrencies(
        com.rupaya.api.v1.ListCurrenciesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCurrenciesMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_LIST_CURRENCIES = 0;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final CurrencyServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(CurrencyServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_LIST_CURRENCIES:
          serviceImpl.listCurrencies((com.rupaya.api.v1.ListCurrenciesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCurrenciesResponse>) responseObserver);
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

  private static abstract class CurrencyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    CurrencyServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.CurrenciesProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("CurrencyService");
    }
  }

  private static final class CurrencyServiceFileDescriptorSupplier
      extends CurrencyServiceBaseDescriptorSupplier {
    CurrencyServiceFileDescriptorSupplier() {}
  }

  private static final class CurrencyServiceMethodDescriptorSupplier
      extends CurrencyServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    CurrencyServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (CurrencyServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new CurrencyServiceFileDescriptorSupplier())
              .addMethod(getListCurrenciesMethod())
              .build();
        }
      }
    }
    return result;
  }
}
