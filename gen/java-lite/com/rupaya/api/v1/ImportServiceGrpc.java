package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Bank statement import as a resumable upload: create an import, upload the
 * file in chunks (any order, each retried safely), commit it, read the
 * outcome of every row, and undo it as a unit within the undo window. A row
 * never becomes a second copy of a transaction the account already has: the
 * bank's id is matched first, then a fingerprint (date window, amount,
 * normalised payee).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/imports.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ImportServiceGrpc {

  private ImportServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.ImportService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateImportRequest,
      com.rupaya.api.v1.CreateImportResponse> getCreateImportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateImport",
      requestType = com.rupaya.api.v1.CreateImportRequest.class,
      responseType = com.rupaya.api.v1.CreateImportResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateImportRequest,
      com.rupaya.api.v1.CreateImportResponse> getCreateImportMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateImportRequest, com.rupaya.api.v1.CreateImportResponse> getCreateImportMethod;
    if ((getCreateImportMethod = ImportServiceGrpc.getCreateImportMethod) == null) {
      synchronized (ImportServiceGrpc.class) {
        if ((getCreateImportMethod = ImportServiceGrpc.getCreateImportMethod) == null) {
          ImportServiceGrpc.getCreateImportMethod = getCreateImportMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateImportRequest, com.rupaya.api.v1.CreateImportResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateImport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateImportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateImportResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getCreateImportMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UploadImportChunkRequest,
      com.rupaya.api.v1.UploadImportChunkResponse> getUploadImportChunkMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UploadImportChunk",
      requestType = com.rupaya.api.v1.UploadImportChunkRequest.class,
      responseType = com.rupaya.api.v1.UploadImportChunkResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UploadImportChunkRequest,
      com.rupaya.api.v1.UploadImportChunkResponse> getUploadImportChunkMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UploadImportChunkRequest, com.rupaya.api.v1.UploadImportChunkResponse> getUploadImportChunkMethod;
    if ((getUploadImportChunkMethod = ImportServiceGrpc.getUploadImportChunkMethod) == null) {
      synchronized (ImportServiceGrpc.class) {
        if ((getUploadImportChunkMethod = ImportServiceGrpc.getUploadImportChunkMethod) == null) {
          ImportServiceGrpc.getUploadImportChunkMethod = getUploadImportChunkMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UploadImportChunkRequest, com.rupaya.api.v1.UploadImportChunkResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UploadImportChunk"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UploadImportChunkRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UploadImportChunkResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUploadImportChunkMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CommitImportRequest,
      com.rupaya.api.v1.CommitImportResponse> getCommitImportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CommitImport",
      requestType = com.rupaya.api.v1.CommitImportRequest.class,
      responseType = com.rupaya.api.v1.CommitImportResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CommitImportRequest,
      com.rupaya.api.v1.CommitImportResponse> getCommitImportMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CommitImportRequest, com.rupaya.api.v1.CommitImportResponse> getCommitImportMethod;
    if ((getCommitImportMethod = ImportServiceGrpc.getCommitImportMethod) == null) {
      synchronized (ImportServiceGrpc.class) {
        if ((getCommitImportMethod = ImportServiceGrpc.getCommitImportMethod) == null) {
          ImportServiceGrpc.getCommitImportMethod = getCommitImportMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CommitImportRequest, com.rupaya.api.v1.CommitImportResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CommitImport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CommitImportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CommitImportResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getCommitImportMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetImportRequest,
      com.rupaya.api.v1.GetImportResponse> getGetImportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetImport",
      requestType = com.rupaya.api.v1.GetImportRequest.class,
      responseType = com.rupaya.api.v1.GetImportResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetImportRequest,
      com.rupaya.api.v1.GetImportResponse> getGetImportMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetImportRequest, com.rupaya.api.v1.GetImportResponse> getGetImportMethod;
    if ((getGetImportMethod = ImportServiceGrpc.getGetImportMethod) == null) {
      synchronized (ImportServiceGrpc.class) {
        if ((getGetImportMethod = ImportServiceGrpc.getGetImportMethod) == null) {
          ImportServiceGrpc.getGetImportMethod = getGetImportMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetImportRequest, com.rupaya.api.v1.GetImportResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetImport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetImportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetImportResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetImportMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UndoImportRequest,
      com.rupaya.api.v1.UndoImportResponse> getUndoImportMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UndoImport",
      requestType = com.rupaya.api.v1.UndoImportRequest.class,
      responseType = com.rupaya.api.v1.UndoImportResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UndoImportRequest,
      com.rupaya.api.v1.UndoImportResponse> getUndoImportMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UndoImportRequest, com.rupaya.api.v1.UndoImportResponse> getUndoImportMethod;
    if ((getUndoImportMethod = ImportServiceGrpc.getUndoImportMethod) == null) {
      synchronized (ImportServiceGrpc.class) {
        if ((getUndoImportMethod = ImportServiceGrpc.getUndoImportMethod) == null) {
          ImportServiceGrpc.getUndoImportMethod = getUndoImportMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UndoImportRequest, com.rupaya.api.v1.UndoImportResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UndoImport"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UndoImportRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UndoImportResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUndoImportMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ImportServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImportServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImportServiceStub>() {
        @java.lang.Override
        public ImportServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImportServiceStub(channel, callOptions);
        }
      };
    return ImportServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ImportServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImportServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImportServiceBlockingStub>() {
        @java.lang.Override
        public ImportServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImportServiceBlockingStub(channel, callOptions);
        }
      };
    return ImportServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ImportServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ImportServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ImportServiceFutureStub>() {
        @java.lang.Override
        public ImportServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ImportServiceFutureStub(channel, callOptions);
        }
      };
    return ImportServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Bank statement import as a resumable upload: create an import, upload the
   * file in chunks (any order, each retried safely), commit it, read the
   * outcome of every row, and undo it as a unit within the undo window. A row
   * never becomes a second copy of a transaction the account already has: the
   * bank's id is matched first, then a fingerprint (date window, amount,
   * normalised payee).
   * </pre>
   */
  public static abstract class ImportServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Opens an import into one of the caller's accounts. Idempotent on
     * `request_id`.
     * </pre>
     */
    public void createImport(com.rupaya.api.v1.CreateImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateImportResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateImportMethod(), responseObserver);
    }

    /**
     * <pre>
     * Stores one chunk of the file. Chunks may come in any order; sending a
     * chunk again with the same bytes changes nothing, with other bytes it is
     * ALREADY_EXISTS (IMPORT_CHUNK_CONFLICT). A `sha256` that does not match
     * `data` is INVALID_ARGUMENT (IMPORT_CHECKSUM_MISMATCH): resend the chunk.
     * The whole file may hold at most the server's limit (64 MiB by default):
     * past it, RESOURCE_EXHAUSTED (IMPORT_TOO_LARGE). In the default rate-limit
     * bucket, so a large file's many chunks are not throttled as bulk calls.
     * </pre>
     */
    public void uploadImportChunk(com.rupaya.api.v1.UploadImportChunkRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UploadImportChunkResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUploadImportChunkMethod(), responseObserver);
    }

    /**
     * <pre>
     * Parses the uploaded file and writes its rows to the ledger, in one
     * database transaction. In IMPORT_MODE_ALL_OR_NOTHING a file with any bad
     * row writes nothing (state FAILED, every bad row reported); in
     * IMPORT_MODE_VALID_ROWS the good rows are written and the bad ones
     * reported. Idempotent on the import: a retry, or a concurrent call, returns
     * the import as the one commit that applied left it.
     * </pre>
     */
    public void commitImport(com.rupaya.api.v1.CommitImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CommitImportResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitImportMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns an import's state and counts and one page of its rows' outcomes,
     * in file order.
     * </pre>
     */
    public void getImport(com.rupaya.api.v1.GetImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetImportResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetImportMethod(), responseObserver);
    }

    /**
     * <pre>
     * Removes what a committed import wrote, as a unit, within the undo window
     * (30 days by default): its transactions are deleted through the ledger
     * (balances restored) and the pending transactions it marked cleared are
     * pending again. Audited. Idempotent on the import: undoing an undone
     * import returns it.
     * </pre>
     */
    public void undoImport(com.rupaya.api.v1.UndoImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndoImportResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUndoImportMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateImportMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateImportRequest,
                com.rupaya.api.v1.CreateImportResponse>(
                  this, METHODID_CREATE_IMPORT)))
          .addMethod(
            getUploadImportChunkMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UploadImportChunkRequest,
                com.rupaya.api.v1.UploadImportChunkResponse>(
                  this, METHODID_UPLOAD_IMPORT_CHUNK)))
          .addMethod(
            getCommitImportMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CommitImportRequest,
                com.rupaya.api.v1.CommitImportResponse>(
                  this, METHODID_COMMIT_IMPORT)))
          .addMethod(
            getGetImportMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetImportRequest,
                com.rupaya.api.v1.GetImportResponse>(
                  this, METHODID_GET_IMPORT)))
          .addMethod(
            getUndoImportMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UndoImportRequest,
                com.rupaya.api.v1.UndoImportResponse>(
                  this, METHODID_UNDO_IMPORT)))
          .build();
    }
  }

  /**
   * <pre>
   * Bank statement import as a resumable upload: create an import, upload the
   * file in chunks (any order, each retried safely), commit it, read the
   * outcome of every row, and undo it as a unit within the undo window. A row
   * never becomes a second copy of a transaction the account already has: the
   * bank's id is matched first, then a fingerprint (date window, amount,
   * normalised payee).
   * </pre>
   */
  public static final class ImportServiceStub extends io.grpc.stub.AbstractAsyncStub<ImportServiceStub> {
    private ImportServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImportServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImportServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens an import into one of the caller's accounts. Idempotent on
     * `request_id`.
     * </pre>
     */
    public void createImport(com.rupaya.api.v1.CreateImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateImportResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateImportMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Stores one chunk of the file. Chunks may come in any order; sending a
     * chunk again with the same bytes changes nothing, with other bytes it is
     * ALREADY_EXISTS (IMPORT_CHUNK_CONFLICT). A `sha256` that does not match
     * `data` is INVALID_ARGUMENT (IMPORT_CHECKSUM_MISMATCH): resend the chunk.
     * The whole file may hold at most the server's limit (64 MiB by default):
     * past it, RESOURCE_EXHAUSTED (IMPORT_TOO_LARGE). In the default rate-limit
     * bucket, so a large file's many chunks are not throttled as bulk calls.
     * </pre>
     */
    public void uploadImportChunk(com.rupaya.api.v1.UploadImportChunkRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UploadImportChunkResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUploadImportChunkMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Parses the uploaded file and writes its rows to the ledger, in one
     * database transaction. In IMPORT_MODE_ALL_OR_NOTHING a file with any bad
     * row writes nothing (state FAILED, every bad row reported); in
     * IMPORT_MODE_VALID_ROWS the good rows are written and the bad ones
     * reported. Idempotent on the import: a retry, or a concurrent call, returns
     * the import as the one commit that applied left it.
     * </pre>
     */
    public void commitImport(com.rupaya.api.v1.CommitImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CommitImportResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitImportMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns an import's state and counts and one page of its rows' outcomes,
     * in file order.
     * </pre>
     */
    public void getImport(com.rupaya.api.v1.GetImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetImportResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetImportMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Removes what a committed import wrote, as a unit, within the undo window
     * (30 days by default): its transactions are deleted through the ledger
     * (balances restored) and the pending transactions it marked cleared are
     * pending again. Audited. Idempotent on the import: undoing an undone
     * import returns it.
     * </pre>
     */
    public void undoImport(com.rupaya.api.v1.UndoImportRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndoImportResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUndoImportMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Bank statement import as a resumable upload: create an import, upload the
   * file in chunks (any order, each retried safely), commit it, read the
   * outcome of every row, and undo it as a unit within the undo window. A row
   * never becomes a second copy of a transaction the account already has: the
   * bank's id is matched first, then a fingerprint (date window, amount,
   * normalised payee).
   * </pre>
   */
  public static final class ImportServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ImportServiceBlockingStub> {
    private ImportServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImportServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImportServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens an import into one of the caller's accounts. Idempotent on
     * `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.CreateImportResponse createImport(com.rupaya.api.v1.CreateImportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateImportMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Stores one chunk of the file. Chunks may come in any order; sending a
     * chunk again with the same bytes changes nothing, with other bytes it is
     * ALREADY_EXISTS (IMPORT_CHUNK_CONFLICT). A `sha256` that does not match
     * `data` is INVALID_ARGUMENT (IMPORT_CHECKSUM_MISMATCH): resend the chunk.
     * The whole file may hold at most the server's limit (64 MiB by default):
     * past it, RESOURCE_EXHAUSTED (IMPORT_TOO_LARGE). In the default rate-limit
     * bucket, so a large file's many chunks are not throttled as bulk calls.
     * </pre>
     */
    public com.rupaya.api.v1.UploadImportChunkResponse uploadImportChunk(com.rupaya.api.v1.UploadImportChunkRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUploadImportChunkMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Parses the uploaded file and writes its rows to the ledger, in one
     * database transaction. In IMPORT_MODE_ALL_OR_NOTHING a file with any bad
     * row writes nothing (state FAILED, every bad row reported); in
     * IMPORT_MODE_VALID_ROWS the good rows are written and the bad ones
     * reported. Idempotent on the import: a retry, or a concurrent call, returns
     * the import as the one commit that applied left it.
     * </pre>
     */
    public com.rupaya.api.v1.CommitImportResponse commitImport(com.rupaya.api.v1.CommitImportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitImportMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns an import's state and counts and one page of its rows' outcomes,
     * in file order.
     * </pre>
     */
    public com.rupaya.api.v1.GetImportResponse getImport(com.rupaya.api.v1.GetImportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetImportMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Removes what a committed import wrote, as a unit, within the undo window
     * (30 days by default): its transactions are deleted through the ledger
     * (balances restored) and the pending transactions it marked cleared are
     * pending again. Audited. Idempotent on the import: undoing an undone
     * import returns it.
     * </pre>
     */
    public com.rupaya.api.v1.UndoImportResponse undoImport(com.rupaya.api.v1.UndoImportRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUndoImportMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Bank statement import as a resumable upload: create an import, upload the
   * file in chunks (any order, each retried safely), commit it, read the
   * outcome of every row, and undo it as a unit within the undo window. A row
   * never becomes a second copy of a transaction the account already has: the
   * bank's id is matched first, then a fingerprint (date window, amount,
   * normalised payee).
   * </pre>
   */
  public static final class ImportServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ImportServiceFutureStub> {
    private ImportServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ImportServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ImportServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Opens an import into one of the caller's accounts. Idempotent on
     * `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateImportResponse> createImport(
        com.rupaya.api.v1.CreateImportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateImportMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Stores one chunk of the file. Chunks may come in any order; sending a
     * chunk again with the same bytes changes nothing, with other bytes it is
     * ALREADY_EXISTS (IMPORT_CHUNK_CONFLICT). A `sha256` that does not match
     * `data` is INVALID_ARGUMENT (IMPORT_CHECKSUM_MISMATCH): resend the chunk.
     * The whole file may hold at most the server's limit (64 MiB by default):
     * past it, RESOURCE_EXHAUSTED (IMPORT_TOO_LARGE). In the default rate-limit
     * bucket, so a large file's many chunks are not throttled as bulk calls.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UploadImportChunkResponse> uploadImportChunk(
        com.rupaya.api.v1.UploadImportChunkRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUploadImportChunkMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Parses the uploaded file and writes its rows to the ledger, in one
     * database transaction. In IMPORT_MODE_ALL_OR_NOTHING a file with any bad
     * row writes nothing (state FAILED, every bad row reported); in
     * IMPORT_MODE_VALID_ROWS the good rows are written and the bad ones
     * reported. Idempotent on the import: a retry, or a concurrent call, returns
     * the import as the one commit that applied left it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CommitImportResponse> commitImport(
        com.rupaya.api.v1.CommitImportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitImportMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns an import's state and counts and one page of its rows' outcomes,
     * in file order.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetImportResponse> getImport(
        com.rupaya.api.v1.GetImportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetImportMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Removes what a committed import wrote, as a unit, within the undo window
     * (30 days by default): its transactions are deleted through the ledger
     * (balances restored) and the pending transactions it marked cleared are
     * pending again. Audited. Idempotent on the import: undoing an undone
     * import returns it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UndoImportResponse> undoImport(
        com.rupaya.api.v1.UndoImportRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUndoImportMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_IMPORT = 0;
  private static final int METHODID_UPLOAD_IMPORT_CHUNK = 1;
  private static final int METHODID_COMMIT_IMPORT = 2;
  private static final int METHODID_GET_IMPORT = 3;
  private static final int METHODID_UNDO_IMPORT = 4;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ImportServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ImportServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_IMPORT:
          serviceImpl.createImport((com.rupaya.api.v1.CreateImportRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateImportResponse>) responseObserver);
          break;
        case METHODID_UPLOAD_IMPORT_CHUNK:
          serviceImpl.uploadImportChunk((com.rupaya.api.v1.UploadImportChunkRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UploadImportChunkResponse>) responseObserver);
          break;
        case METHODID_COMMIT_IMPORT:
          serviceImpl.commitImport((com.rupaya.api.v1.CommitImportRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CommitImportResponse>) responseObserver);
          break;
        case METHODID_GET_IMPORT:
          serviceImpl.getImport((com.rupaya.api.v1.GetImportRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetImportResponse>) responseObserver);
          break;
        case METHODID_UNDO_IMPORT:
          serviceImpl.undoImport((com.rupaya.api.v1.UndoImportRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UndoImportResponse>) responseObserver);
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
      synchronized (ImportServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getCreateImportMethod())
              .addMethod(getUploadImportChunkMethod())
              .addMethod(getCommitImportMethod())
              .addMethod(getGetImportMethod())
              .addMethod(getUndoImportMethod())
              .build();
        }
      }
    }
    return result;
  }
}
