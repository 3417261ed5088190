package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Spending limits per expense category and period, with progress.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/budgets.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class BudgetServiceGrpc {

  private BudgetServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.BudgetService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateBudgetRequest,
      com.rupaya.api.v1.CreateBudgetResponse> getCreateBudgetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateBudget",
      requestType = com.rupaya.api.v1.CreateBudgetRequest.class,
      responseType = com.rupaya.api.v1.CreateBudgetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateBudgetRequest,
      com.rupaya.api.v1.CreateBudgetResponse> getCreateBudgetMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateBudgetRequest, com.rupaya.api.v1.CreateBudgetResponse> getCreateBudgetMethod;
    if ((getCreateBudgetMethod = BudgetServiceGrpc.getCreateBudgetMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getCreateBudgetMethod = BudgetServiceGrpc.getCreateBudgetMethod) == null) {
          BudgetServiceGrpc.getCreateBudgetMethod = getCreateBudgetMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateBudgetRequest, com.rupaya.api.v1.CreateBudgetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateBudget"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateBudgetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateBudgetResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getCreateBudgetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetRequest,
      com.rupaya.api.v1.GetBudgetResponse> getGetBudgetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBudget",
      requestType = com.rupaya.api.v1.GetBudgetRequest.class,
      responseType = com.rupaya.api.v1.GetBudgetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetRequest,
      com.rupaya.api.v1.GetBudgetResponse> getGetBudgetMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetRequest, com.rupaya.api.v1.GetBudgetResponse> getGetBudgetMethod;
    if ((getGetBudgetMethod = BudgetServiceGrpc.getGetBudgetMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getGetBudgetMethod = BudgetServiceGrpc.getGetBudgetMethod) == null) {
          BudgetServiceGrpc.getGetBudgetMethod = getGetBudgetMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetBudgetRequest, com.rupaya.api.v1.GetBudgetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBudget"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetBudgetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListBudgetsRequest,
      com.rupaya.api.v1.ListBudgetsResponse> getListBudgetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListBudgets",
      requestType = com.rupaya.api.v1.ListBudgetsRequest.class,
      responseType = com.rupaya.api.v1.ListBudgetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListBudgetsRequest,
      com.rupaya.api.v1.ListBudgetsResponse> getListBudgetsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListBudgetsRequest, com.rupaya.api.v1.ListBudgetsResponse> getListBudgetsMethod;
    if ((getListBudgetsMethod = BudgetServiceGrpc.getListBudgetsMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getListBudgetsMethod = BudgetServiceGrpc.getListBudgetsMethod) == null) {
          BudgetServiceGrpc.getListBudgetsMethod = getListBudgetsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListBudgetsRequest, com.rupaya.api.v1.ListBudgetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListBudgets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListBudgetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListBudgetsResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListBudgetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateBudgetRequest,
      com.rupaya.api.v1.UpdateBudgetResponse> getUpdateBudgetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateBudget",
      requestType = com.rupaya.api.v1.UpdateBudgetRequest.class,
      responseType = com.rupaya.api.v1.UpdateBudgetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateBudgetRequest,
      com.rupaya.api.v1.UpdateBudgetResponse> getUpdateBudgetMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateBudgetRequest, com.rupaya.api.v1.UpdateBudgetResponse> getUpdateBudgetMethod;
    if ((getUpdateBudgetMethod = BudgetServiceGrpc.getUpdateBudgetMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getUpdateBudgetMethod = BudgetServiceGrpc.getUpdateBudgetMethod) == null) {
          BudgetServiceGrpc.getUpdateBudgetMethod = getUpdateBudgetMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateBudgetRequest, com.rupaya.api.v1.UpdateBudgetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateBudget"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateBudgetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateBudgetResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUpdateBudgetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteBudgetRequest,
      com.rupaya.api.v1.DeleteBudgetResponse> getDeleteBudgetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteBudget",
      requestType = com.rupaya.api.v1.DeleteBudgetRequest.class,
      responseType = com.rupaya.api.v1.DeleteBudgetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteBudgetRequest,
      com.rupaya.api.v1.DeleteBudgetResponse> getDeleteBudgetMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteBudgetRequest, com.rupaya.api.v1.DeleteBudgetResponse> getDeleteBudgetMethod;
    if ((getDeleteBudgetMethod = BudgetServiceGrpc.getDeleteBudgetMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getDeleteBudgetMethod = BudgetServiceGrpc.getDeleteBudgetMethod) == null) {
          BudgetServiceGrpc.getDeleteBudgetMethod = getDeleteBudgetMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteBudgetRequest, com.rupaya.api.v1.DeleteBudgetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteBudget"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteBudgetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteBudgetResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getDeleteBudgetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetProgressRequest,
      com.rupaya.api.v1.GetBudgetProgressResponse> getGetBudgetProgressMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBudgetProgress",
      requestType = com.rupaya.api.v1.GetBudgetProgressRequest.class,
      responseType = com.rupaya.api.v1.GetBudgetProgressResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetProgressRequest,
      com.rupaya.api.v1.GetBudgetProgressResponse> getGetBudgetProgressMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetProgressRequest, com.rupaya.api.v1.GetBudgetProgressResponse> getGetBudgetProgressMethod;
    if ((getGetBudgetProgressMethod = BudgetServiceGrpc.getGetBudgetProgressMethod) == null) {
      synchronized (BudgetServiceGrpc.class) {
        if ((getGetBudgetProgressMethod = BudgetServiceGrpc.getGetBudgetProgressMethod) == null) {
          BudgetServiceGrpc.getGetBudgetProgressMethod = getGetBudgetProgressMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetBudgetProgressRequest, com.rupaya.api.v1.GetBudgetProgressResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBudgetProgress"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetProgressRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetProgressResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetBudgetProgressMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static BudgetServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceStub>() {
        @java.lang.Override
        public BudgetServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceStub(channel, callOptions);
        }
      };
    return BudgetServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static BudgetServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceBlockingStub>() {
        @java.lang.Override
        public BudgetServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceBlockingStub(channel, callOptions);
        }
      };
    return BudgetServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static BudgetServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<BudgetServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<BudgetServiceFutureStub>() {
        @java.lang.Override
        public BudgetServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new BudgetServiceFutureStub(channel, callOptions);
        }
      };
    return BudgetServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Spending limits per expense category and period, with progress.
   * </pre>
   */
  public static abstract class BudgetServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a budget. Idempotent on `request_id`.
     * </pre>
     */
    public void createBudget(com.rupaya.api.v1.CreateBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateBudgetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateBudgetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one budget.
     * </pre>
     */
    public void getBudget(com.rupaya.api.v1.GetBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBudgetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists budgets, oldest first, keyset-paginated.
     * </pre>
     */
    public void listBudgets(com.rupaya.api.v1.ListBudgetsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListBudgetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListBudgetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`.
     * </pre>
     */
    public void updateBudget(com.rupaya.api.v1.UpdateBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateBudgetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateBudgetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a budget.
     * </pre>
     */
    public void deleteBudget(com.rupaya.api.v1.DeleteBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteBudgetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteBudgetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Limit, spending and remainder for the period containing `date`.
     * </pre>
     */
    public void getBudgetProgress(com.rupaya.api.v1.GetBudgetProgressRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetProgressResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBudgetProgressMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateBudgetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateBudgetRequest,
                com.rupaya.api.v1.CreateBudgetResponse>(
                  this, METHODID_CREATE_BUDGET)))
          .addMethod(
            getGetBudgetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetBudgetRequest,
                com.rupaya.api.v1.GetBudgetResponse>(
                  this, METHODID_GET_BUDGET)))
          .addMethod(
            getListBudgetsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListBudgetsRequest,
                com.rupaya.api.v1.ListBudgetsResponse>(
                  this, METHODID_LIST_BUDGETS)))
          .addMethod(
            getUpdateBudgetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateBudgetRequest,
                com.rupaya.api.v1.UpdateBudgetResponse>(
                  this, METHODID_UPDATE_BUDGET)))
          .addMethod(
            getDeleteBudgetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteBudgetRequest,
                com.rupaya.api.v1.DeleteBudgetResponse>(
                  this, METHODID_DELETE_BUDGET)))
          .addMethod(
            getGetBudgetProgressMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetBudgetProgressRequest,
                com.rupaya.api.v1.GetBudgetProgressResponse>(
                  this, METHODID_GET_BUDGET_PROGRESS)))
          .build();
    }
  }

  /**
   * <pre>
   * Spending limits per expense category and period, with progress.
   * </pre>
   */
  public static final class BudgetServiceStub extends io.grpc.stub.AbstractAsyncStub<BudgetServiceStub> {
    private BudgetServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a budget. Idempotent on `request_id`.
     * </pre>
     */
    public void createBudget(com.rupaya.api.v1.CreateBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateBudgetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateBudgetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one budget.
     * </pre>
     */
    public void getBudget(com.rupaya.api.v1.GetBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBudgetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists budgets, oldest first, keyset-paginated.
     * </pre>
     */
    public void listBudgets(com.rupaya.api.v1.ListBudgetsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListBudgetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListBudgetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`.
     * </pre>
     */
    public void updateBudget(com.rupaya.api.v1.UpdateBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateBudgetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateBudgetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a budget.
     * </pre>
     */
    public void deleteBudget(com.rupaya.api.v1.DeleteBudgetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteBudgetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteBudgetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Limit, spending and remainder for the period containing `date`.
     * </pre>
     */
    public void getBudgetProgress(com.rupaya.api.v1.GetBudgetProgressRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetProgressResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBudgetProgressMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Spending limits per expense category and period, with progress.
   * </pre>
   */
  public static final class BudgetServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<BudgetServiceBlockingStub> {
    private BudgetServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a budget. Idempotent on `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.CreateBudgetResponse createBudget(com.rupaya.api.v1.CreateBudgetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateBudgetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one budget.
     * </pre>
     */
    public com.rupaya.api.v1.GetBudgetResponse getBudget(com.rupaya.api.v1.GetBudgetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBudgetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists budgets, oldest first, keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListBudgetsResponse listBudgets(com.rupaya.api.v1.ListBudgetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListBudgetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`.
     * </pre>
     */
    public com.rupaya.api.v1.UpdateBudgetResponse updateBudget(com.rupaya.api.v1.UpdateBudgetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateBudgetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a budget.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteBudgetResponse deleteBudget(com.rupaya.api.v1.DeleteBudgetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteBudgetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Limit, spending and remainder for the period containing `date`.
     * </pre>
     */
    public com.rupaya.api.v1.GetBudgetProgressResponse getBudgetProgress(com.rupaya.api.v1.GetBudgetProgressRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBudgetProgressMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Spending limits per expense category and period, with progress.
   * </pre>
   */
  public static final class BudgetServiceFutureStub extends io.grpc.stub.AbstractFutureStub<BudgetServiceFutureStub> {
    private BudgetServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected BudgetServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new BudgetServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a budget. Idempotent on `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateBudgetResponse> createBudget(
        com.rupaya.api.v1.CreateBudgetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateBudgetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one budget.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetBudgetResponse> getBudget(
        com.rupaya.api.v1.GetBudgetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBudgetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists budgets, oldest first, keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListBudgetsResponse> listBudgets(
        com.rupaya.api.v1.ListBudgetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListBudgetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateBudgetResponse> updateBudget(
        com.rupaya.api.v1.UpdateBudgetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateBudgetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a budget.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteBudgetResponse> deleteBudget(
        com.rupaya.api.v1.DeleteBudgetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteBudgetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Limit, spending and remainder for the period containing `date`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetBudgetProgressResponse> getBudgetProgress(
        com.rupaya.api.v1.GetBudgetProgressRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBudgetProgressMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_BUDGET = 0;
  private static final int METHODID_GET_BUDGET = 1;
  private static final int METHODID_LIST_BUDGETS = 2;
  private static final int METHODID_UPDATE_BUDGET = 3;
  private static final int METHODID_DELETE_BUDGET = 4;
  private static final int METHODID_GET_BUDGET_PROGRESS = 5;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final BudgetServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(BudgetServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_BUDGET:
          serviceImpl.createBudget((com.rupaya.api.v1.CreateBudgetRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateBudgetResponse>) responseObserver);
          break;
        case METHODID_GET_BUDGET:
          serviceImpl.getBudget((com.rupaya.api.v1.GetBudgetRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetResponse>) responseObserver);
          break;
        case METHODID_LIST_BUDGETS:
          serviceImpl.listBudgets((com.rupaya.api.v1.ListBudgetsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListBudgetsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_BUDGET:
          serviceImpl.updateBudget((com.rupaya.api.v1.UpdateBudgetRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateBudgetResponse>) responseObserver);
          break;
        case METHODID_DELETE_BUDGET:
          serviceImpl.deleteBudget((com.rupaya.api.v1.DeleteBudgetRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteBudgetResponse>) responseObserver);
          break;
        case METHODID_GET_BUDGET_PROGRESS:
          serviceImpl.getBudgetProgress((com.rupaya.api.v1.GetBudgetProgressRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetProgressResponse>) responseObserver);
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
      synchronized (BudgetServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getCreateBudgetMethod())
              .addMethod(getGetBudgetMethod())
              .addMethod(getListBudgetsMethod())
              .addMethod(getUpdateBudgetMethod())
              .addMethod(getDeleteBudgetMethod())
              .addMethod(getGetBudgetProgressMethod())
              .build();
        }
      }
    }
    return result;
  }
}
