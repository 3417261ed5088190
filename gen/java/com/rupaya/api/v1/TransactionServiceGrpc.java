package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The ledger: income, expenses and transfers between the caller's accounts.
 * Every change to a balance happens in the same database transaction as the
 * ledger row that causes it. Mutations are idempotent on `request_id`.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/transactions.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class TransactionServiceGrpc {

  private TransactionServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.TransactionService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateTransactionRequest,
      com.rupaya.api.v1.CreateTransactionResponse> getCreateTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTransaction",
      requestType = com.rupaya.api.v1.CreateTransactionRequest.class,
      responseType = com.rupaya.api.v1.CreateTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateTransactionRequest,
      com.rupaya.api.v1.CreateTransactionResponse> getCreateTransactionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateTransactionRequest, com.rupaya.api.v1.CreateTransactionResponse> getCreateTransactionMethod;
    if ((getCreateTransactionMethod = TransactionServiceGrpc.getCreateTransactionMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getCreateTransactionMethod = TransactionServiceGrpc.getCreateTransactionMethod) == null) {
          TransactionServiceGrpc.getCreateTransactionMethod = getCreateTransactionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateTransactionRequest, com.rupaya.api.v1.CreateTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CreateTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CreateTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("CreateTransaction"))
              .build();
        }
      }
    }
    return getCreateTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTransactionRequest,
      com.rupaya.api.v1.GetTransactionResponse> getGetTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetTransaction",
      requestType = com.rupaya.api.v1.GetTransactionRequest.class,
      responseType = com.rupaya.api.v1.GetTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTransactionRequest,
      com.rupaya.api.v1.GetTransactionResponse> getGetTransactionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetTransactionRequest, com.rupaya.api.v1.GetTransactionResponse> getGetTransactionMethod;
    if ((getGetTransactionMethod = TransactionServiceGrpc.getGetTransactionMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getGetTransactionMethod = TransactionServiceGrpc.getGetTransactionMethod) == null) {
          TransactionServiceGrpc.getGetTransactionMethod = getGetTransactionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetTransactionRequest, com.rupaya.api.v1.GetTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("GetTransaction"))
              .build();
        }
      }
    }
    return getGetTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListTransactionsRequest,
      com.rupaya.api.v1.ListTransactionsResponse> getListTransactionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTransactions",
      requestType = com.rupaya.api.v1.ListTransactionsRequest.class,
      responseType = com.rupaya.api.v1.ListTransactionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListTransactionsRequest,
      com.rupaya.api.v1.ListTransactionsResponse> getListTransactionsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListTransactionsRequest, com.rupaya.api.v1.ListTransactionsResponse> getListTransactionsMethod;
    if ((getListTransactionsMethod = TransactionServiceGrpc.getListTransactionsMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getListTransactionsMethod = TransactionServiceGrpc.getListTransactionsMethod) == null) {
          TransactionServiceGrpc.getListTransactionsMethod = getListTransactionsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListTransactionsRequest, com.rupaya.api.v1.ListTransactionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTransactions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListTransactionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListTransactionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("ListTransactions"))
              .build();
        }
      }
    }
    return getListTransactionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateTransactionRequest,
      com.rupaya.api.v1.UpdateTransactionResponse> getUpdateTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateTransaction",
      requestType = com.rupaya.api.v1.UpdateTransactionRequest.class,
      responseType = com.rupaya.api.v1.UpdateTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateTransactionRequest,
      com.rupaya.api.v1.UpdateTransactionResponse> getUpdateTransactionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateTransactionRequest, com.rupaya.api.v1.UpdateTransactionResponse> getUpdateTransactionMethod;
    if ((getUpdateTransactionMethod = TransactionServiceGrpc.getUpdateTransactionMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getUpdateTransactionMethod = TransactionServiceGrpc.getUpdateTransactionMethod) == null) {
          TransactionServiceGrpc.getUpdateTransactionMethod = getUpdateTransactionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateTransactionRequest, com.rupaya.api.v1.UpdateTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UpdateTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UpdateTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("UpdateTransaction"))
              .build();
        }
      }
    }
    return getUpdateTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteTransactionRequest,
      com.rupaya.api.v1.DeleteTransactionResponse> getDeleteTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTransaction",
      requestType = com.rupaya.api.v1.DeleteTransactionRequest.class,
      responseType = com.rupaya.api.v1.DeleteTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteTransactionRequest,
      com.rupaya.api.v1.DeleteTransactionResponse> getDeleteTransactionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteTransactionRequest, com.rupaya.api.v1.DeleteTransactionResponse> getDeleteTransactionMethod;
    if ((getDeleteTransactionMethod = TransactionServiceGrpc.getDeleteTransactionMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getDeleteTransactionMethod = TransactionServiceGrpc.getDeleteTransactionMethod) == null) {
          TransactionServiceGrpc.getDeleteTransactionMethod = getDeleteTransactionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteTransactionRequest, com.rupaya.api.v1.DeleteTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("DeleteTransaction"))
              .build();
        }
      }
    }
    return getDeleteTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UndeleteTransactionRequest,
      com.rupaya.api.v1.UndeleteTransactionResponse> getUndeleteTransactionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndeleteTransaction",
      requestType = com.rupaya.api.v1.UndeleteTransactionRequest.class,
      responseType = com.rupaya.api.v1.UndeleteTransactionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UndeleteTransactionRequest,
      com.rupaya.api.v1.UndeleteTransactionResponse> getUndeleteTransactionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UndeleteTransactionRequest, com.rupaya.api.v1.UndeleteTransactionResponse> getUndeleteTransactionMethod;
    if ((getUndeleteTransactionMethod = TransactionServiceGrpc.getUndeleteTransactionMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getUndeleteTransactionMethod = TransactionServiceGrpc.getUndeleteTransactionMethod) == null) {
          TransactionServiceGrpc.getUndeleteTransactionMethod = getUndeleteTransactionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UndeleteTransactionRequest, com.rupaya.api.v1.UndeleteTransactionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndeleteTransaction"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UndeleteTransactionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UndeleteTransactionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("UndeleteTransaction"))
              .build();
        }
      }
    }
    return getUndeleteTransactionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ExportTransactionsRequest,
      com.rupaya.api.v1.ExportTransactionsResponse> getExportTransactionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ExportTransactions",
      requestType = com.rupaya.api.v1.ExportTransactionsRequest.class,
      responseType = com.rupaya.api.v1.ExportTransactionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ExportTransactionsRequest,
      com.rupaya.api.v1.ExportTransactionsResponse> getExportTransactionsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ExportTransactionsRequest, com.rupaya.api.v1.ExportTransactionsResponse> getExportTransactionsMethod;
    if ((getExportTransactionsMethod = TransactionServiceGrpc.getExportTransactionsMethod) == null) {
      synchronized (TransactionServiceGrpc.class) {
        if ((getExportTransactionsMethod = TransactionServiceGrpc.getExportTransactionsMethod) == null) {
          TransactionServiceGrpc.getExportTransactionsMethod = getExportTransactionsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ExportTransactionsRequest, com.rupaya.api.v1.ExportTransactionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ExportTransactions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ExportTransactionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ExportTransactionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TransactionServiceMethodDescriptorSupplier("ExportTransactions"))
              .build();
        }
      }
    }
    return getExportTransactionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TransactionServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceStub>() {
        @java.lang.Override
        public TransactionServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceStub(channel, callOptions);
        }
      };
    return TransactionServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TransactionServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceBlockingStub>() {
        @java.lang.Override
        public TransactionServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceBlockingStub(channel, callOptions);
        }
      };
    return TransactionServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TransactionServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TransactionServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TransactionServiceFutureStub>() {
        @java.lang.Override
        public TransactionServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TransactionServiceFutureStub(channel, callOptions);
        }
      };
    return TransactionServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The ledger: income, expenses and transfers between the caller's accounts.
   * Every change to a balance happens in the same database transaction as the
   * ledger row that causes it. Mutations are idempotent on `request_id`.
   * </pre>
   */
  public static abstract class TransactionServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Records an income, expense or transfer and moves the balances. Spending
     * below zero on an account that may not go negative is FAILED_PRECONDITION
     * with reason INSUFFICIENT_FUNDS, and changes nothing.
     * </pre>
     */
    public void createTransaction(com.rupaya.api.v1.CreateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one transaction (also a deleted one, marked by `delete_time`).
     * </pre>
     */
    public void getTransaction(com.rupaya.api.v1.GetTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists transactions, newest first (by date, then id), keyset-paginated.
     * </pre>
     */
    public void listTransactions(com.rupaya.api.v1.ListTransactionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListTransactionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTransactionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; balances move by the difference.
     * </pre>
     */
    public void updateTransaction(com.rupaya.api.v1.UpdateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a transaction and reverts its effect on balances.
     * </pre>
     */
    public void deleteTransaction(com.rupaya.api.v1.DeleteTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted transaction and re-applies its effect on balances.
     * </pre>
     */
    public void undeleteTransaction(com.rupaya.api.v1.UndeleteTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndeleteTransactionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndeleteTransactionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Streams the caller's transactions matching the filters of ListTransactions
     * as a file: CSV (a header line first) or JSON lines, newest first, in
     * chunks of whole lines a client can append to a file as they arrive.
     * Amounts are exact decimal strings in the currency's minor units (JPY 0
     * decimals, KWD 3), never floating point. Rows are read in keyset-paged
     * batches, so a long export holds neither memory nor a database transaction.
     * </pre>
     */
    public void exportTransactions(com.rupaya.api.v1.ExportTransactionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ExportTransactionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getExportTransactionsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateTransactionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateTransactionRequest,
                com.rupaya.api.v1.CreateTransactionResponse>(
                  this, METHODID_CREATE_TRANSACTION)))
          .addMethod(
            getGetTransactionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetTransactionRequest,
                com.rupaya.api.v1.GetTransactionResponse>(
                  this, METHODID_GET_TRANSACTION)))
          .addMethod(
            getListTransactionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListTransactionsRequest,
                com.rupaya.api.v1.ListTransactionsResponse>(
                  this, METHODID_LIST_TRANSACTIONS)))
          .addMethod(
            getUpdateTransactionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateTransactionRequest,
                com.rupaya.api.v1.UpdateTransactionResponse>(
                  this, METHODID_UPDATE_TRANSACTION)))
          .addMethod(
            getDeleteTransactionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteTransactionRequest,
                com.rupaya.api.v1.DeleteTransactionResponse>(
                  this, METHODID_DELETE_TRANSACTION)))
          .addMethod(
            getUndeleteTransactionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UndeleteTransactionRequest,
                com.rupaya.api.v1.UndeleteTransactionResponse>(
                  this, METHODID_UNDELETE_TRANSACTION)))
          .addMethod(
            getExportTransactionsMethod(),
            io.grpc.stub.ServerCalls.asyncServerStreamingCall(
              new MethodHandlers<
                com.rupaya.api.v1.ExportTransactionsRequest,
                com.rupaya.api.v1.ExportTransactionsResponse>(
                  this, METHODID_EXPORT_TRANSACTIONS)))
          .build();
    }
  }

  /**
   * <pre>
   * The ledger: income, expenses and transfers between the caller's accounts.
   * Every change to a balance happens in the same database transaction as the
   * ledger row that causes it. Mutations are idempotent on `request_id`.
   * </pre>
   */
  public static final class TransactionServiceStub extends io.grpc.stub.AbstractAsyncStub<TransactionServiceStub> {
    private TransactionServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records an income, expense or transfer and moves the balances. Spending
     * below zero on an account that may not go negative is FAILED_PRECONDITION
     * with reason INSUFFICIENT_FUNDS, and changes nothing.
     * </pre>
     */
    public void createTransaction(com.rupaya.api.v1.CreateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one transaction (also a deleted one, marked by `delete_time`).
     * </pre>
     */
    public void getTransaction(com.rupaya.api.v1.GetTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists transactions, newest first (by date, then id), keyset-paginated.
     * </pre>
     */
    public void listTransactions(com.rupaya.api.v1.ListTransactionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListTransactionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTransactionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; balances move by the difference.
     * </pre>
     */
    public void updateTransaction(com.rupaya.api.v1.UpdateTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Soft-deletes a transaction and reverts its effect on balances.
     * </pre>
     */
    public void deleteTransaction(com.rupaya.api.v1.DeleteTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Restores a soft-deleted transaction and re-applies its effect on balances.
     * </pre>
     */
    public void undeleteTransaction(com.rupaya.api.v1.UndeleteTransactionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndeleteTransactionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndeleteTransactionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Streams the caller's transactions matching the filters of ListTransactions
     * as a file: CSV (a header line first) or JSON lines, newest first, in
     * chunks of whole lines a client can append to a file as they arrive.
     * Amounts are exact decimal strings in the currency's minor units (JPY 0
     * decimals, KWD 3), never floating point. Rows are read in keyset-paged
     * batches, so a long export holds neither memory nor a database transaction.
     * </pre>
     */
    public void exportTransactions(com.rupaya.api.v1.ExportTransactionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ExportTransactionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getExportTransactionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The ledger: income, expenses and transfers between the caller's accounts.
   * Every change to a balance happens in the same database transaction as the
   * ledger row that causes it. Mutations are idempotent on `request_id`.
   * </pre>
   */
  public static final class TransactionServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<TransactionServiceBlockingStub> {
    private TransactionServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records an income, expense or transfer and moves the balances. Spending
     * below zero on an account that may not go negative is FAILED_PRECONDITION
     * with reason INSUFFICIENT_FUNDS, and changes nothing.
     * </pre>
     */
    public com.rupaya.api.v1.CreateTransactionResponse createTransaction(com.rupaya.api.v1.CreateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one transaction (also a deleted one, marked by `delete_time`).
     * </pre>
     */
    public com.rupaya.api.v1.GetTransactionResponse getTransaction(com.rupaya.api.v1.GetTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists transactions, newest first (by date, then id), keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListTransactionsResponse listTransactions(com.rupaya.api.v1.ListTransactionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTransactionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; balances move by the difference.
     * </pre>
     */
    public com.rupaya.api.v1.UpdateTransactionResponse updateTransaction(com.rupaya.api.v1.UpdateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Soft-deletes a transaction and reverts its effect on balances.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteTransactionResponse deleteTransaction(com.rupaya.api.v1.DeleteTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted transaction and re-applies its effect on balances.
     * </pre>
     */
    public com.rupaya.api.v1.UndeleteTransactionResponse undeleteTransaction(com.rupaya.api.v1.UndeleteTransactionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndeleteTransactionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Streams the caller's transactions matching the filters of ListTransactions
     * as a file: CSV (a header line first) or JSON lines, newest first, in
     * chunks of whole lines a client can append to a file as they arrive.
     * Amounts are exact decimal strings in the currency's minor units (JPY 0
     * decimals, KWD 3), never floating point. Rows are read in keyset-paged
     * batches, so a long export holds neither memory nor a database transaction.
     * </pre>
     */
    public java.util.Iterator<com.rupaya.api.v1.ExportTransactionsResponse> exportTransactions(
        com.rupaya.api.v1.ExportTransactionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getExportTransactionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The ledger: income, expenses and transfers between the caller's accounts.
   * Every change to a balance happens in the same database transaction as the
   * ledger row that causes it. Mutations are idempotent on `request_id`.
   * </pre>
   */
  public static final class TransactionServiceFutureStub extends io.grpc.stub.AbstractFutureStub<TransactionServiceFutureStub> {
    private TransactionServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TransactionServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TransactionServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Records an income, expense or transfer and moves the balances. Spending
     * below zero on an account that may not go negative is FAILED_PRECONDITION
     * with reason INSUFFICIENT_FUNDS, and changes nothing.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateTransactionResponse> createTransaction(
        com.rupaya.api.v1.CreateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one transaction (also a deleted one, marked by `delete_time`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetTransactionResponse> getTransaction(
        com.rupaya.api.v1.GetTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists transactions, newest first (by date, then id), keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListTransactionsResponse> listTransactions(
        com.rupaya.api.v1.ListTransactionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTransactionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; balances move by the difference.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateTransactionResponse> updateTransaction(
        com.rupaya.api.v1.UpdateTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Soft-deletes a transaction and reverts its effect on balances.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteTransactionResponse> deleteTransaction(
        com.rupaya.api.v1.DeleteTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTransactionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Restores a soft-deleted transaction and re-applies its effect on balances.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UndeleteTransactionResponse> undeleteTransaction(
        com.rupaya.api.v1.UndeleteTransactionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndeleteTransactionMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TRANSACTION = 0;
  private static final int METHODID_GET_TRANSACTION = 1;
  private static final int METHODID_LIST_TRANSACTIONS = 2;
  private static final int METHODID_UPDATE_TRANSACTION = 3;
  private static final int METHODID_DELETE_TRANSACTION = 4;
  private static final int METHODID_UNDELETE_TRANSACTION = 5;
  private static final int METHODID_EXPORT_TRANSACTIONS = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final TransactionServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(TransactionServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_TRANSACTION:
          serviceImpl.createTransaction((com.rupaya.api.v1.CreateTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateTransactionResponse>) responseObserver);
          break;
        case METHODID_GET_TRANSACTION:
          serviceImpl.getTransaction((com.rupaya.api.v1.GetTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetTransactionResponse>) responseObserver);
          break;
        case METHODID_LIST_TRANSACTIONS:
          serviceImpl.listTransactions((com.rupaya.api.v1.ListTransactionsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListTransactionsResponse>) responseObserver);
          break;
        case METHODID_UPDATE_TRANSACTION:
          serviceImpl.updateTransaction((com.rupaya.api.v1.UpdateTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateTransactionResponse>) responseObserver);
          break;
        case METHODID_DELETE_TRANSACTION:
          serviceImpl.deleteTransaction((com.rupaya.api.v1.DeleteTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteTransactionResponse>) responseObserver);
          break;
        case METHODID_UNDELETE_TRANSACTION:
          serviceImpl.undeleteTransaction((com.rupaya.api.v1.UndeleteTransactionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndeleteTransactionResponse>) responseObserver);
          break;
        case METHODID_EXPORT_TRANSACTIONS:
          serviceImpl.exportTransactions((com.rupaya.api.v1.ExportTransactionsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ExportTransactionsResponse>) responseObserver);
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

  private static abstract class TransactionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TransactionServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.TransactionsProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TransactionService");
    }
  }

  private static final class TransactionServiceFileDescriptorSupplier
      extends TransactionServiceBaseDescriptorSupplier {
    TransactionServiceFileDescriptorSupplier() {}
  }

  private static final class TransactionServiceMethodDescriptorSupplier
      extends TransactionServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    TransactionServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (TransactionServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TransactionServiceFileDescriptorSupplier())
              .addMethod(getCreateTransactionMethod())
              .addMethod(getGetTransactionMethod())
              .addMethod(getListTransactionsMethod())
              .addMethod(getUpdateTransactionMethod())
              .addMethod(getDeleteTransactionMethod())
              .addMethod(getUndeleteTransactionMethod())
              .addMethod(getExportTransactionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
