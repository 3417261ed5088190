package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Income and expense categories: the system defaults every user sees (read
 * only) plus the user's own, with one level of sub-categories.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/categories.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class CategoryServiceGrpc {

  private CategoryServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.CategoryService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateCategoryRequest,
      com.rupaya.api.v1.CreateCategoryResponse> getCreateCategoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateCategory",
      requestType = com.rupaya.api.v1.CreateCategoryRequest.class,
      responseType = com.rupaya.api.v1.CreateCategoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateCategoryRequest,
      com.rupaya.api.v1.CreateCategoryResponse> getCreateCategoryMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateCategoryRequest, com.rupaya.api.v1.CreateCategoryResponse> getCreateCategoryMethod;
    if ((getCreateCategoryMethod = CategoryServiceGrpc.getCreateCategoryMethod) == null) {
      synchronized (CategoryServiceGrpc.class) {
        if ((getCreateCategoryMethod = CategoryServiceGrpc.getCreateCategoryMethod) == null) {
          CategoryServiceGrpc.getCreateCategoryMethod = getCreateCategoryMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateCategoryRequest, com.rupaya.api.v1.CreateCategoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateCategory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateCategoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateCategoryResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getCreateCategoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryRequest,
      com.rupaya.api.v1.GetCategoryResponse> getGetCategoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCategory",
      requestType = com.rupaya.api.v1.GetCategoryRequest.class,
      responseType = com.rupaya.api.v1.GetCategoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryRequest,
      com.rupaya.api.v1.GetCategoryResponse> getGetCategoryMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetCategoryRequest, com.rupaya.api.v1.GetCategoryResponse> getGetCategoryMethod;
    if ((getGetCategoryMethod = CategoryServiceGrpc.getGetCategoryMethod) == null) {
      synchronized (CategoryServiceGrpc.class) {
        if ((getGetCategoryMethod = CategoryServiceGrpc.getGetCategoryMethod) == null) {
          CategoryServiceGrpc.getGetCategoryMethod = getGetCategoryMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetCategoryRequest, com.rupaya.api.v1.GetCategoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCategory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetCategoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetCategoryResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetCategoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCategoriesRequest,
      com.rupaya.api.v1.ListCategoriesResponse> getListCategoriesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListCategories",
      requestType = com.rupaya.api.v1.ListCategoriesRequest.class,
      responseType = com.rupaya.api.v1.ListCategoriesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCategoriesRequest,
      com.rupaya.api.v1.ListCategoriesResponse> getListCategoriesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListCategoriesRequest, com.rupaya.api.v1.ListCategoriesResponse> getListCategoriesMethod;
    if ((getListCategoriesMethod = CategoryServiceGrpc.getListCategoriesMethod) == null) {
      synchronized (CategoryServiceGrpc.class) {
        if ((getListCategoriesMethod = CategoryServiceGrpc.getListCategoriesMethod) == null) {
          CategoryServiceGrpc.getListCategoriesMethod = getListCategoriesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListCategoriesRequest, com.rupaya.api.v1.ListCategoriesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListCategories"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListCategoriesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListCategoriesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListCategoriesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateCategoryRequest,
      com.rupaya.api.v1.UpdateCategoryResponse> getUpdateCategoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateCategory",
      requestType = com.rupaya.api.v1.UpdateCategoryRequest.class,
      responseType = com.rupaya.api.v1.UpdateCategoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateCategoryRequest,
      com.rupaya.api.v1.UpdateCategoryResponse> getUpdateCategoryMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateCategoryRequest, com.rupaya.api.v1.UpdateCategoryResponse> getUpdateCategoryMethod;
    if ((getUpdateCategoryMethod = CategoryServiceGrpc.getUpdateCategoryMethod) == null) {
      synchronized (CategoryServiceGrpc.class) {
        if ((getUpdateCategoryMethod = CategoryServiceGrpc.getUpdateCategoryMethod) == null) {
          CategoryServiceGrpc.getUpdateCategoryMethod = getUpdateCategoryMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateCategoryRequest, com.rupaya.api.v1.UpdateCategoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateCategory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateCategoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateCategoryResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUpdateCategoryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteCategoryRequest,
      com.rupaya.api.v1.DeleteCategoryResponse> getDeleteCategoryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteCategory",
      requestType = com.rupaya.api.v1.DeleteCategoryRequest.class,
      responseType = com.rupaya.api.v1.DeleteCategoryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteCategoryRequest,
      com.rupaya.api.v1.DeleteCategoryResponse> getDeleteCategoryMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteCategoryRequest, com.rupaya.api.v1.DeleteCategoryResponse> getDeleteCategoryMethod;
    if ((getDeleteCategoryMethod = CategoryServiceGrpc.getDeleteCategoryMethod) == null) {
      synchronized (CategoryServiceGrpc.class) {
        if ((getDeleteCategoryMethod = CategoryServiceGrpc.getDeleteCategoryMethod) == null) {
          CategoryServiceGrpc.getDeleteCategoryMethod = getDeleteCategoryMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteCategoryRequest, com.rupaya.api.v1.DeleteCategoryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteCategory"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteCategoryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteCategoryResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getDeleteCategoryMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static CategoryServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CategoryServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CategoryServiceStub>() {
        @java.lang.Override
        public CategoryServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CategoryServiceStub(channel, callOptions);
        }
      };
    return CategoryServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static CategoryServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CategoryServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CategoryServiceBlockingStub>() {
        @java.lang.Override
        public CategoryServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CategoryServiceBlockingStub(channel, callOptions);
        }
      };
    return CategoryServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static CategoryServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<CategoryServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<CategoryServiceFutureStub>() {
        @java.lang.Override
        public CategoryServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new CategoryServiceFutureStub(channel, callOptions);
        }
      };
    return CategoryServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Income and expense categories: the system defaults every user sees (read
   * only) plus the user's own, with one level of sub-categories.
   * </pre>
   */
  public static abstract class CategoryServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a user category, optionally under a top-level parent. Idempotent on `request_id`.
     * </pre>
     */
    public void createCategory(com.rupaya.api.v1.CreateCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateCategoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateCategoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one category (system or the caller's).
     * </pre>
     */
    public void getCategory(com.rupaya.api.v1.GetCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCategoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists system and user categories, keyset-paginated.
     * </pre>
     */
    public void listCategories(com.rupaya.api.v1.ListCategoriesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCategoriesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListCategoriesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask` of a user category. System
     * categories are read only (FAILED_PRECONDITION).
     * </pre>
     */
    public void updateCategory(com.rupaya.api.v1.UpdateCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateCategoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateCategoryMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a user category. Refused (FAILED_PRECONDITION, CATEGORY_IN_USE)
     * while transactions, split lines or budgets use it, unless
     * `reassign_to_category_id` names a category of the same kind to move them to.
     * </pre>
     */
    public void deleteCategory(com.rupaya.api.v1.DeleteCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteCategoryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteCategoryMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateCategoryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateCategoryRequest,
                com.rupaya.api.v1.CreateCategoryResponse>(
                  this, METHODID_CREATE_CATEGORY)))
          .addMethod(
            getGetCategoryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetCategoryRequest,
                com.rupaya.api.v1.GetCategoryResponse>(
                  this, METHODID_GET_CATEGORY)))
          .addMethod(
            getListCategoriesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListCategoriesRequest,
                com.rupaya.api.v1.ListCategoriesResponse>(
                  this, METHODID_LIST_CATEGORIES)))
          .addMethod(
            getUpdateCategoryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateCategoryRequest,
                com.rupaya.api.v1.UpdateCategoryResponse>(
                  this, METHODID_UPDATE_CATEGORY)))
          .addMethod(
            getDeleteCategoryMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteCategoryRequest,
                com.rupaya.api.v1.DeleteCategoryResponse>(
                  this, METHODID_DELETE_CATEGORY)))
          .build();
    }
  }

  /**
   * <pre>
   * Income and expense categories: the system defaults every user sees (read
   * only) plus the user's own, with one level of sub-categories.
   * </pre>
   */
  public static final class CategoryServiceStub extends io.grpc.stub.AbstractAsyncStub<CategoryServiceStub> {
    private CategoryServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CategoryServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CategoryServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user category, optionally under a top-level parent. Idempotent on `request_id`.
     * </pre>
     */
    public void createCategory(com.rupaya.api.v1.CreateCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateCategoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateCategoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one category (system or the caller's).
     * </pre>
     */
    public void getCategory(com.rupaya.api.v1.GetCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCategoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists system and user categories, keyset-paginated.
     * </pre>
     */
    public void listCategories(com.rupaya.api.v1.ListCategoriesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCategoriesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListCategoriesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask` of a user category. System
     * categories are read only (FAILED_PRECONDITION).
     * </pre>
     */
    public void updateCategory(com.rupaya.api.v1.UpdateCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateCategoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateCategoryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a user category. Refused (FAILED_PRECONDITION, CATEGORY_IN_USE)
     * while transactions, split lines or budgets use it, unless
     * `reassign_to_category_id` names a category of the same kind to move them to.
     * </pre>
     */
    public void deleteCategory(com.rupaya.api.v1.DeleteCategoryRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteCategoryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteCategoryMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Income and expense categories: the system defaults every user sees (read
   * only) plus the user's own, with one level of sub-categories.
   * </pre>
   */
  public static final class CategoryServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<CategoryServiceBlockingStub> {
    private CategoryServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CategoryServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CategoryServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user category, optionally under a top-level parent. Idempotent on `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.CreateCategoryResponse createCategory(com.rupaya.api.v1.CreateCategoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateCategoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one category (system or the caller's).
     * </pre>
     */
    public com.rupaya.api.v1.GetCategoryResponse getCategory(com.rupaya.api.v1.GetCategoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCategoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists system and user categories, keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListCategoriesResponse listCategories(com.rupaya.api.v1.ListCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListCategoriesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask` of a user category. System
     * categories are read only (FAILED_PRECONDITION).
     * </pre>
     */
    public com.rupaya.api.v1.UpdateCategoryResponse updateCategory(com.rupaya.api.v1.UpdateCategoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateCategoryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a user category. Refused (FAILED_PRECONDITION, CATEGORY_IN_USE)
     * while transactions, split lines or budgets use it, unless
     * `reassign_to_category_id` names a category of the same kind to move them to.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteCategoryResponse deleteCategory(com.rupaya.api.v1.DeleteCategoryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteCategoryMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Income and expense categories: the system defaults every user sees (read
   * only) plus the user's own, with one level of sub-categories.
   * </pre>
   */
  public static final class CategoryServiceFutureStub extends io.grpc.stub.AbstractFutureStub<CategoryServiceFutureStub> {
    private CategoryServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected CategoryServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new CategoryServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user category, optionally under a top-level parent. Idempotent on `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateCategoryResponse> createCategory(
        com.rupaya.api.v1.CreateCategoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateCategoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one category (system or the caller's).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetCategoryResponse> getCategory(
        com.rupaya.api.v1.GetCategoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCategoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists system and user categories, keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListCategoriesResponse> listCategories(
        com.rupaya.api.v1.ListCategoriesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListCategoriesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask` of a user category. System
     * categories are read only (FAILED_PRECONDITION).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateCategoryResponse> updateCategory(
        com.rupaya.api.v1.UpdateCategoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateCategoryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a user category. Refused (FAILED_PRECONDITION, CATEGORY_IN_USE)
     * while transactions, split lines or budgets use it, unless
     * `reassign_to_category_id` names a category of the same kind to move them to.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteCategoryResponse> deleteCategory(
        com.rupaya.api.v1.DeleteCategoryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteCategoryMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CATEGORY = 0;
  private static final int METHODID_GET_CATEGORY = 1;
  private static final int METHODID_LIST_CATEGORIES = 2;
  private static final int METHODID_UPDATE_CATEGORY = 3;
  private static final int METHODID_DELETE_CATEGORY = 4;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final CategoryServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(CategoryServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_CATEGORY:
          serviceImpl.createCategory((com.rupaya.api.v1.CreateCategoryRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateCategoryResponse>) responseObserver);
          break;
        case METHODID_GET_CATEGORY:
          serviceImpl.getCategory((com.rupaya.api.v1.GetCategoryRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetCategoryResponse>) responseObserver);
          break;
        case METHODID_LIST_CATEGORIES:
          serviceImpl.listCategories((com.rupaya.api.v1.ListCategoriesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListCategoriesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_CATEGORY:
          serviceImpl.updateCategory((com.rupaya.api.v1.UpdateCategoryRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateCategoryResponse>) responseObserver);
          break;
        case METHODID_DELETE_CATEGORY:
          serviceImpl.deleteCategory((com.rupaya.api.v1.DeleteCategoryRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteCategoryResponse>) responseObserver);
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
      synchronized (CategoryServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getCreateCategoryMethod())
              .addMethod(getGetCategoryMethod())
              .addMethod(getListCategoriesMethod())
              .addMethod(getUpdateCategoryMethod())
              .addMethod(getDeleteCategoryMethod())
              .build();
        }
      }
    }
    return result;
  }
}
