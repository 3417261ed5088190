package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Read-only figures over the caller's ledger, aggregated in the database and cached until
 * the caller's ledger next changes. Every total is per currency; a total converted into a
 * base currency is added when the caller has exchange rates for every currency involved.
 * Transfers are never income or expense; deleted transactions never count.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/analytics.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AnalyticsServiceGrpc {

  private AnalyticsServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.AnalyticsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetDashboardRequest,
      com.rupaya.api.v1.GetDashboardResponse> getGetDashboardMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetDashboard",
      requestType = com.rupaya.api.v1.GetDashboardRequest.class,
      responseType = com.rupaya.api.v1.GetDashboardResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetDashboardRequest,
      com.rupaya.api.v1.GetDashboardResponse> getGetDashboardMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetDashboardRequest, com.rupaya.api.v1.GetDashboardResponse> getGetDashboardMethod;
    if ((getGetDashboardMethod = AnalyticsServiceGrpc.getGetDashboardMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetDashboardMethod = AnalyticsServiceGrpc.getGetDashboardMethod) == null) {
          AnalyticsServiceGrpc.getGetDashboardMethod = getGetDashboardMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetDashboardRequest, com.rupaya.api.v1.GetDashboardResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetDashboard"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetDashboardRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetDashboardResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetDashboard"))
              .build();
        }
      }
    }
    return getGetDashboardMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCashFlowRequest,
      com.rupaya.api.v1.GetCashFlowResponse> getGetCashFlowMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCashFlow",
      requestType = com.rupaya.api.v1.GetCashFlowRequest.class,
      responseType = com.rupaya.api.v1.GetCashFlowResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCashFlowRequest,
      com.rupaya.api.v1.GetCashFlowResponse> getGetCashFlowMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCashFlowRequest, com.rupaya.api.v1.GetCashFlowResponse> getGetCashFlowMethod;
    if ((getGetCashFlowMethod = AnalyticsServiceGrpc.getGetCashFlowMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetCashFlowMethod = AnalyticsServiceGrpc.getGetCashFlowMethod) == null) {
          AnalyticsServiceGrpc.getGetCashFlowMethod = getGetCashFlowMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetCashFlowRequest, com.rupaya.api.v1.GetCashFlowResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCashFlow"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetCashFlowRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetCashFlowResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetCashFlow"))
              .build();
        }
      }
    }
    return getGetCashFlowMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetSpendingByCategoryRequest,
      com.rupaya.api.v1.GetSpendingByCategoryResponse> getGetSpendingByCategoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSpendingByCategory",
      requestType = com.rupaya.api.v1.GetSpendingByCategoryRequest.class,
      responseType = com.rupaya.api.v1.GetSpendingByCategoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetSpendingByCategoryRequest,
      com.rupaya.api.v1.GetSpendingByCategoryResponse> getGetSpendingByCategoryMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetSpendingByCategoryRequest, com.rupaya.api.v1.GetSpendingByCategoryResponse> getGetSpendingByCategoryMethod;
    if ((getGetSpendingByCategoryMethod = AnalyticsServiceGrpc.getGetSpendingByCategoryMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetSpendingByCategoryMethod = AnalyticsServiceGrpc.getGetSpendingByCategoryMethod) == null) {
          AnalyticsServiceGrpc.getGetSpendingByCategoryMethod = getGetSpendingByCategoryMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetSpendingByCategoryRequest, com.rupaya.api.v1.GetSpendingByCategoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSpendingByCategory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetSpendingByCategoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetSpendingByCategoryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetSpendingByCategory"))
              .build();
        }
      }
    }
    return getGetSpendingByCategoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTopPayeesRequest,
      com.rupaya.api.v1.GetTopPayeesResponse> getGetTopPayeesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTopPayees",
      requestType = com.rupaya.api.v1.GetTopPayeesRequest.class,
      responseType = com.rupaya.api.v1.GetTopPayeesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTopPayeesRequest,
      com.rupaya.api.v1.GetTopPayeesResponse> getGetTopPayeesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTopPayeesRequest, com.rupaya.api.v1.GetTopPayeesResponse> getGetTopPayeesMethod;
    if ((getGetTopPayeesMethod = AnalyticsServiceGrpc.getGetTopPayeesMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetTopPayeesMethod = AnalyticsServiceGrpc.getGetTopPayeesMethod) == null) {
          AnalyticsServiceGrpc.getGetTopPayeesMethod = getGetTopPayeesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetTopPayeesRequest, com.rupaya.api.v1.GetTopPayeesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTopPayees"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetTopPayeesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetTopPayeesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetTopPayees"))
              .build();
        }
      }
    }
    return getGetTopPayeesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetNetWorthRequest,
      com.rupaya.api.v1.GetNetWorthResponse> getGetNetWorthMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetNetWorth",
      requestType = com.rupaya.api.v1.GetNetWorthRequest.class,
      responseType = com.rupaya.api.v1.GetNetWorthResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetNetWorthRequest,
      com.rupaya.api.v1.GetNetWorthResponse> getGetNetWorthMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetNetWorthRequest, com.rupaya.api.v1.GetNetWorthResponse> getGetNetWorthMethod;
    if ((getGetNetWorthMethod = AnalyticsServiceGrpc.getGetNetWorthMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetNetWorthMethod = AnalyticsServiceGrpc.getGetNetWorthMethod) == null) {
          AnalyticsServiceGrpc.getGetNetWorthMethod = getGetNetWorthMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetNetWorthRequest, com.rupaya.api.v1.GetNetWorthResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetNetWorth"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetNetWorthRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetNetWorthResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetNetWorth"))
              .build();
        }
      }
    }
    return getGetNetWorthMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetVsActualRequest,
      com.rupaya.api.v1.GetBudgetVsActualResponse> getGetBudgetVsActualMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBudgetVsActual",
      requestType = com.rupaya.api.v1.GetBudgetVsActualRequest.class,
      responseType = com.rupaya.api.v1.GetBudgetVsActualResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetVsActualRequest,
      com.rupaya.api.v1.GetBudgetVsActualResponse> getGetBudgetVsActualMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetBudgetVsActualRequest, com.rupaya.api.v1.GetBudgetVsActualResponse> getGetBudgetVsActualMethod;
    if ((getGetBudgetVsActualMethod = AnalyticsServiceGrpc.getGetBudgetVsActualMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetBudgetVsActualMethod = AnalyticsServiceGrpc.getGetBudgetVsActualMethod) == null) {
          AnalyticsServiceGrpc.getGetBudgetVsActualMethod = getGetBudgetVsActualMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetBudgetVsActualRequest, com.rupaya.api.v1.GetBudgetVsActualResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBudgetVsActual"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetVsActualRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetBudgetVsActualResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetBudgetVsActual"))
              .build();
        }
      }
    }
    return getGetBudgetVsActualMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryStatisticsRequest,
      com.rupaya.api.v1.GetCategoryStatisticsResponse> getGetCategoryStatisticsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCategoryStatistics",
      requestType = com.rupaya.api.v1.GetCategoryStatisticsRequest.class,
      responseType = com.rupaya.api.v1.GetCategoryStatisticsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryStatisticsRequest,
      com.rupaya.api.v1.GetCategoryStatisticsResponse> getGetCategoryStatisticsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryStatisticsRequest, com.rupaya.api.v1.GetCategoryStatisticsResponse> getGetCategoryStatisticsMethod;
    if ((getGetCategoryStatisticsMethod = AnalyticsServiceGrpc.getGetCategoryStatisticsMethod) == null) {
      synchronized (AnalyticsServiceGrpc.class) {
        if ((getGetCategoryStatisticsMethod = AnalyticsServiceGrpc.getGetCategoryStatisticsMethod) == null) {
          AnalyticsServiceGrpc.getGetCategoryStatisticsMethod = getGetCategoryStatisticsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetCategoryStatisticsRequest, com.rupaya.api.v1.GetCategoryStatisticsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCategoryStatistics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetCategoryStatisticsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetCategoryStatisticsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AnalyticsServiceMethodDescriptorSupplier("GetCategoryStatistics"))
              .build();
        }
      }
    }
    return getGetCategoryStatisticsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AnalyticsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceStub>() {
        @java.lang.Override
        public AnalyticsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceStub(channel, callOptions);
        }
      };
    return AnalyticsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AnalyticsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceBlockingStub>() {
        @java.lang.Override
        public AnalyticsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceBlockingStub(channel, callOptions);
        }
      };
    return AnalyticsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AnalyticsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AnalyticsServiceFutureStub>() {
        @java.lang.Override
        public AnalyticsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AnalyticsServiceFutureStub(channel, callOptions);
        }
      };
    return AnalyticsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Read-only figures over the caller's ledger, aggregated in the database and cached until
   * the caller's ledger next changes. Every total is per currency; a total converted into a
   * base currency is added when the caller has exchange rates for every currency involved.
   * Transfers are never income or expense; deleted transactions never count.
   * </pre>
   */
  public static abstract class AnalyticsServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Income, expenses, net, savings rate and top categories for a period and the one before it.
     * </pre>
     */
    public void getDashboard(com.rupaya.api.v1.GetDashboardRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetDashboardResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetDashboardMethod(), responseObserver);
    }

    /**
     * <pre>
     * Income, expenses and net per day, week or month over a range; empty buckets included.
     * </pre>
     */
    public void getCashFlow(com.rupaya.api.v1.GetCashFlowRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCashFlowResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCashFlowMethod(), responseObserver);
    }

    /**
     * <pre>
     * Expenses per top-level category (sub-categories rolled up) with shares of the total.
     * </pre>
     */
    public void getSpendingByCategory(com.rupaya.api.v1.GetSpendingByCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetSpendingByCategoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSpendingByCategoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * The payees the caller spent most with over a range.
     * </pre>
     */
    public void getTopPayees(com.rupaya.api.v1.GetTopPayeesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTopPayeesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTopPayeesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Assets, liabilities and net worth at the end of each bucket of a range.
     * </pre>
     */
    public void getNetWorth(com.rupaya.api.v1.GetNetWorthRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetNetWorthResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetNetWorthMethod(), responseObserver);
    }

    /**
     * <pre>
     * Every budget's limit and spending in its period containing a day.
     * </pre>
     */
    public void getBudgetVsActual(com.rupaya.api.v1.GetBudgetVsActualRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetVsActualResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBudgetVsActualMethod(), responseObserver);
    }

    /**
     * <pre>
     * Count, total, average and monthly trend of one category (and its sub-categories).
     * </pre>
     */
    public void getCategoryStatistics(com.rupaya.api.v1.GetCategoryStatisticsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryStatisticsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCategoryStatisticsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetDashboardMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetDashboardRequest,
                com.rupaya.api.v1.GetDashboardResponse>(
                  this, METHODID_GET_DASHBOARD)))
          .addMethod(
            getGetCashFlowMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetCashFlowRequest,
                com.rupaya.api.v1.GetCashFlowResponse>(
                  this, METHODID_GET_CASH_FLOW)))
          .addMethod(
            getGetSpendingByCategoryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetSpendingByCategoryRequest,
                com.rupaya.api.v1.GetSpendingByCategoryResponse>(
                  this, METHODID_GET_SPENDING_BY_CATEGORY)))
          .addMethod(
            getGetTopPayeesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetTopPayeesRequest,
                com.rupaya.api.v1.GetTopPayeesResponse>(
                  this, METHODID_GET_TOP_PAYEES)))
          .addMethod(
            getGetNetWorthMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetNetWorthRequest,
                com.rupaya.api.v1.GetNetWorthResponse>(
                  this, METHODID_GET_NET_WORTH)))
          .addMethod(
            getGetBudgetVsActualMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetBudgetVsActualRequest,
                com.rupaya.api.v1.GetBudgetVsActualResponse>(
                  this, METHODID_GET_BUDGET_VS_ACTUAL)))
          .addMethod(
            getGetCategoryStatisticsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetCategoryStatisticsRequest,
                com.rupaya.api.v1.GetCategoryStatisticsResponse>(
                  this, METHODID_GET_CATEGORY_STATISTICS)))
          .build();
    }
  }

  /**
   * <pre>
   * Read-only figures over the caller's ledger, aggregated in the database and cached until
   * the caller's ledger next changes. Every total is per currency; a total converted into a
   * base currency is added when the caller has exchange rates for every currency involved.
   * Transfers are never income or expense; deleted transactions never count.
   * </pre>
   */
  public static final class AnalyticsServiceStub extends io.grpc.stub.AbstractAsyncStub<AnalyticsServiceStub> {
    private AnalyticsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Income, expenses, net, savings rate and top categories for a period and the one before it.
     * </pre>
     */
    public void getDashboard(com.rupaya.api.v1.GetDashboardRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetDashboardResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetDashboardMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Income, expenses and net per day, week or month over a range; empty buckets included.
     * </pre>
     */
    public void getCashFlow(com.rupaya.api.v1.GetCashFlowRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCashFlowResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCashFlowMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Expenses per top-level category (sub-categories rolled up) with shares of the total.
     * </pre>
     */
    public void getSpendingByCategory(com.rupaya.api.v1.GetSpendingByCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetSpendingByCategoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSpendingByCategoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The payees the caller spent most with over a range.
     * </pre>
     */
    public void getTopPayees(com.rupaya.api.v1.GetTopPayeesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTopPayeesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTopPayeesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Assets, liabilities and net worth at the end of each bucket of a range.
     * </pre>
     */
    public void getNetWorth(com.rupaya.api.v1.GetNetWorthRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetNetWorthResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetNetWorthMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Every budget's limit and spending in its period containing a day.
     * </pre>
     */
    public void getBudgetVsActual(com.rupaya.api.v1.GetBudgetVsActualRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetVsActualResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBudgetVsActualMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Count, total, average and monthly trend of one category (and its sub-categories).
     * </pre>
     */
    public void getCategoryStatistics(com.rupaya.api.v1.GetCategoryStatisticsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryStatisticsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCategoryStatisticsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Read-only figures over the caller's ledger, aggregated in the database and cached until
   * the caller's ledger next changes. Every total is per currency; a total converted into a
   * base currency is added when the caller has exchange rates for every currency involved.
   * Transfers are never income or expense; deleted transactions never count.
   * </pre>
   */
  public static final class AnalyticsServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AnalyticsServiceBlockingStub> {
    private AnalyticsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Income, expenses, net, savings rate and top categories for a period and the one before it.
     * </pre>
     */
    public com.rupaya.api.v1.GetDashboardResponse getDashboard(com.rupaya.api.v1.GetDashboardRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetDashboardMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Income, expenses and net per day, week or month over a range; empty buckets included.
     * </pre>
     */
    public com.rupaya.api.v1.GetCashFlowResponse getCashFlow(com.rupaya.api.v1.GetCashFlowRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCashFlowMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Expenses per top-level category (sub-categories rolled up) with shares of the total.
     * </pre>
     */
    public com.rupaya.api.v1.GetSpendingByCategoryResponse getSpendingByCategory(com.rupaya.api.v1.GetSpendingByCategoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSpendingByCategoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The payees the caller spent most with over a range.
     * </pre>
     */
    public com.rupaya.api.v1.GetTopPayeesResponse getTopPayees(com.rupaya.api.v1.GetTopPayeesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTopPayeesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Assets, liabilities and net worth at the end of each bucket of a range.
     * </pre>
     */
    public com.rupaya.api.v1.GetNetWorthResponse getNetWorth(com.rupaya.api.v1.GetNetWorthRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetNetWorthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Every budget's limit and spending in its period containing a day.
     * </pre>
     */
    public com.rupaya.api.v1.GetBudgetVsActualResponse getBudgetVsActual(com.rupaya.api.v1.GetBudgetVsActualRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBudgetVsActualMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Count, total, average and monthly trend of one category (and its sub-categories).
     * </pre>
     */
    public com.rupaya.api.v1.GetCategoryStatisticsResponse getCategoryStatistics(com.rupaya.api.v1.GetCategoryStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCategoryStatisticsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Read-only figures over the caller's ledger, aggregated in the database and cached until
   * the caller's ledger next changes. Every total is per currency; a total converted into a
   * base currency is added when the caller has exchange rates for every currency involved.
   * Transfers are never income or expense; deleted transactions never count.
   * </pre>
   */
  public static final class AnalyticsServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AnalyticsServiceFutureStub> {
    private AnalyticsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AnalyticsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AnalyticsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Income, expenses, net, savings rate and top categories for a period and the one before it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetDashboardResponse> getDashboard(
        com.rupaya.api.v1.GetDashboardRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetDashboardMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Income, expenses and net per day, week or month over a range; empty buckets included.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetCashFlowResponse> getCashFlow(
        com.rupaya.api.v1.GetCashFlowRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCashFlowMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Expenses per top-level category (sub-categories rolled up) with shares of the total.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetSpendingByCategoryResponse> getSpendingByCategory(
        com.rupaya.api.v1.GetSpendingByCategoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSpendingByCategoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The payees the caller spent most with over a range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetTopPayeesResponse> getTopPayees(
        com.rupaya.api.v1.GetTopPayeesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTopPayeesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Assets, liabilities and net worth at the end of each bucket of a range.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetNetWorthResponse> getNetWorth(
        com.rupaya.api.v1.GetNetWorthRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetNetWorthMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Every budget's limit and spending in its period containing a day.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetBudgetVsActualResponse> getBudgetVsActual(
        com.rupaya.api.v1.GetBudgetVsActualRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBudgetVsActualMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Count, total, average and monthly trend of one category (and its sub-categories).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetCategoryStatisticsResponse> getCategoryStatistics(
        com.rupaya.api.v1.GetCategoryStatisticsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCategoryStatisticsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_DASHBOARD = 0;
  private static final int METHODID_GET_CASH_FLOW = 1;
  private static final int METHODID_GET_SPENDING_BY_CATEGORY = 2;
  private static final int METHODID_GET_TOP_PAYEES = 3;
  private static final int METHODID_GET_NET_WORTH = 4;
  private static final int METHODID_GET_BUDGET_VS_ACTUAL = 5;
  private static final int METHODID_GET_CATEGORY_STATISTICS = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AnalyticsServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AnalyticsServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_DASHBOARD:
          serviceImpl.getDashboard((com.rupaya.api.v1.GetDashboardRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetDashboardResponse>) responseObserver);
          break;
        case METHODID_GET_CASH_FLOW:
          serviceImpl.getCashFlow((com.rupaya.api.v1.GetCashFlowRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCashFlowResponse>) responseObserver);
          break;
        case METHODID_GET_SPENDING_BY_CATEGORY:
          serviceImpl.getSpendingByCategory((com.rupaya.api.v1.GetSpendingByCategoryRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetSpendingByCategoryResponse>) responseObserver);
          break;
        case METHODID_GET_TOP_PAYEES:
          serviceImpl.getTopPayees((com.rupaya.api.v1.GetTopPayeesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTopPayeesResponse>) responseObserver);
          break;
        case METHODID_GET_NET_WORTH:
          serviceImpl.getNetWorth((com.rupaya.api.v1.GetNetWorthRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetNetWorthResponse>) responseObserver);
          break;
        case METHODID_GET_BUDGET_VS_ACTUAL:
          serviceImpl.getBudgetVsActual((com.rupaya.api.v1.GetBudgetVsActualRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetBudgetVsActualResponse>) responseObserver);
          break;
        case METHODID_GET_CATEGORY_STATISTICS:
          serviceImpl.getCategoryStatistics((com.rupaya.api.v1.GetCategoryStatisticsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryStatisticsResponse>) responseObserver);
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

  private static abstract class AnalyticsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AnalyticsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.AnalyticsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AnalyticsService");
    }
  }

  private static final class AnalyticsServiceFileDescriptorSupplier
      extends AnalyticsServiceBaseDescriptorSupplier {
    AnalyticsServiceFileDescriptorSupplier() {}
  }

  private static final class AnalyticsServiceMethodDescriptorSupplier
      extends AnalyticsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AnalyticsServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AnalyticsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AnalyticsServiceFileDescriptorSupplier())
              .addMethod(getGetDashboardMethod())
              .addMethod(getGetCashFlowMethod())
              .addMethod(getGetSpendingByCategoryMethod())
              .addMethod(getGetTopPayeesMethod())
              .addMethod(getGetNetWorthMethod())
              .addMethod(getGetBudgetVsActualMethod())
              .addMethod(getGetCategoryStatisticsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
