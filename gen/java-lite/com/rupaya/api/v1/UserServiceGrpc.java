package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * The caller's own user: profile, account deletion and security audit trail.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/users.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class UserServiceGrpc {

  private UserServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.UserService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetProfileRequest,
      com.rupaya.api.v1.GetProfileResponse> getGetProfileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProfile",
      requestType = com.rupaya.api.v1.GetProfileRequest.class,
      responseType = com.rupaya.api.v1.GetProfileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetProfileRequest,
      com.rupaya.api.v1.GetProfileResponse> getGetProfileMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetProfileRequest, com.rupaya.api.v1.GetProfileResponse> getGetProfileMethod;
    if ((getGetProfileMethod = UserServiceGrpc.getGetProfileMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getGetProfileMethod = UserServiceGrpc.getGetProfileMethod) == null) {
          UserServiceGrpc.getGetProfileMethod = getGetProfileMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetProfileRequest, com.rupaya.api.v1.GetProfileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProfile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetProfileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetProfileResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetProfileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateProfileRequest,
      com.rupaya.api.v1.UpdateProfileResponse> getUpdateProfileMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateProfile",
      requestType = com.rupaya.api.v1.UpdateProfileRequest.class,
      responseType = com.rupaya.api.v1.UpdateProfileResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateProfileRequest,
      com.rupaya.api.v1.UpdateProfileResponse> getUpdateProfileMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateProfileRequest, com.rupaya.api.v1.UpdateProfileResponse> getUpdateProfileMethod;
    if ((getUpdateProfileMethod = UserServiceGrpc.getUpdateProfileMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getUpdateProfileMethod = UserServiceGrpc.getUpdateProfileMethod) == null) {
          UserServiceGrpc.getUpdateProfileMethod = getUpdateProfileMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateProfileRequest, com.rupaya.api.v1.UpdateProfileResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateProfile"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateProfileRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateProfileResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUpdateProfileMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteUserRequest,
      com.rupaya.api.v1.DeleteUserResponse> getDeleteUserMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteUser",
      requestType = com.rupaya.api.v1.DeleteUserRequest.class,
      responseType = com.rupaya.api.v1.DeleteUserResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteUserRequest,
      com.rupaya.api.v1.DeleteUserResponse> getDeleteUserMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteUserRequest, com.rupaya.api.v1.DeleteUserResponse> getDeleteUserMethod;
    if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getDeleteUserMethod = UserServiceGrpc.getDeleteUserMethod) == null) {
          UserServiceGrpc.getDeleteUserMethod = getDeleteUserMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteUserRequest, com.rupaya.api.v1.DeleteUserResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteUser"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteUserRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteUserResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getDeleteUserMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListAuditEventsRequest,
      com.rupaya.api.v1.ListAuditEventsResponse> getListAuditEventsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListAuditEvents",
      requestType = com.rupaya.api.v1.ListAuditEventsRequest.class,
      responseType = com.rupaya.api.v1.ListAuditEventsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListAuditEventsRequest,
      com.rupaya.api.v1.ListAuditEventsResponse> getListAuditEventsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListAuditEventsRequest, com.rupaya.api.v1.ListAuditEventsResponse> getListAuditEventsMethod;
    if ((getListAuditEventsMethod = UserServiceGrpc.getListAuditEventsMethod) == null) {
      synchronized (UserServiceGrpc.class) {
        if ((getListAuditEventsMethod = UserServiceGrpc.getListAuditEventsMethod) == null) {
          UserServiceGrpc.getListAuditEventsMethod = getListAuditEventsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListAuditEventsRequest, com.rupaya.api.v1.ListAuditEventsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListAuditEvents"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListAuditEventsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListAuditEventsResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListAuditEventsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static UserServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceStub>() {
        @java.lang.Override
        public UserServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceStub(channel, callOptions);
        }
      };
    return UserServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static UserServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceBlockingStub>() {
        @java.lang.Override
        public UserServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceBlockingStub(channel, callOptions);
        }
      };
    return UserServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static UserServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<UserServiceFutureStub>() {
        @java.lang.Override
        public UserServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new UserServiceFutureStub(channel, callOptions);
        }
      };
    return UserServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * The caller's own user: profile, account deletion and security audit trail.
   * </pre>
   */
  public static abstract class UserServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Returns the caller's profile.
     * </pre>
     */
    public void getProfile(com.rupaya.api.v1.GetProfileRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetProfileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProfileMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the profile fields named in `update_mask` (display_name,
     * base_currency, time_zone, locale). With a non-empty `etag` that is not the
     * current one the call fails with ABORTED and changes nothing. Idempotent on
     * `request_id`.
     * </pre>
     */
    public void updateProfile(com.rupaya.api.v1.UpdateProfileRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateProfileResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateProfileMethod(), responseObserver);
    }

    /**
     * <pre>
     * Erases the caller's user and all of its data, and ends every session.
     * Needs the password and, when MFA is on, a current TOTP code. Irreversible.
     * </pre>
     */
    public void deleteUser(com.rupaya.api.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteUserMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's security events (sign-ins, MFA, password, sessions),
     * newest first, keyset-paginated.
     * </pre>
     */
    public void listAuditEvents(com.rupaya.api.v1.ListAuditEventsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListAuditEventsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListAuditEventsMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getGetProfileMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetProfileRequest,
                com.rupaya.api.v1.GetProfileResponse>(
                  this, METHODID_GET_PROFILE)))
          .addMethod(
            getUpdateProfileMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateProfileRequest,
                com.rupaya.api.v1.UpdateProfileResponse>(
                  this, METHODID_UPDATE_PROFILE)))
          .addMethod(
            getDeleteUserMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteUserRequest,
                com.rupaya.api.v1.DeleteUserResponse>(
                  this, METHODID_DELETE_USER)))
          .addMethod(
            getListAuditEventsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListAuditEventsRequest,
                com.rupaya.api.v1.ListAuditEventsResponse>(
                  this, METHODID_LIST_AUDIT_EVENTS)))
          .build();
    }
  }

  /**
   * <pre>
   * The caller's own user: profile, account deletion and security audit trail.
   * </pre>
   */
  public static final class UserServiceStub extends io.grpc.stub.AbstractAsyncStub<UserServiceStub> {
    private UserServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the caller's profile.
     * </pre>
     */
    public void getProfile(com.rupaya.api.v1.GetProfileRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetProfileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProfileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the profile fields named in `update_mask` (display_name,
     * base_currency, time_zone, locale). With a non-empty `etag` that is not the
     * current one the call fails with ABORTED and changes nothing. Idempotent on
     * `request_id`.
     * </pre>
     */
    public void updateProfile(com.rupaya.api.v1.UpdateProfileRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateProfileResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateProfileMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Erases the caller's user and all of its data, and ends every session.
     * Needs the password and, when MFA is on, a current TOTP code. Irreversible.
     * </pre>
     */
    public void deleteUser(com.rupaya.api.v1.DeleteUserRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteUserResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's security events (sign-ins, MFA, password, sessions),
     * newest first, keyset-paginated.
     * </pre>
     */
    public void listAuditEvents(com.rupaya.api.v1.ListAuditEventsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListAuditEventsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListAuditEventsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * The caller's own user: profile, account deletion and security audit trail.
   * </pre>
   */
  public static final class UserServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<UserServiceBlockingStub> {
    private UserServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the caller's profile.
     * </pre>
     */
    public com.rupaya.api.v1.GetProfileResponse getProfile(com.rupaya.api.v1.GetProfileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProfileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the profile fields named in `update_mask` (display_name,
     * base_currency, time_zone, locale). With a non-empty `etag` that is not the
     * current one the call fails with ABORTED and changes nothing. Idempotent on
     * `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.UpdateProfileResponse updateProfile(com.rupaya.api.v1.UpdateProfileRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateProfileMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Erases the caller's user and all of its data, and ends every session.
     * Needs the password and, when MFA is on, a current TOTP code. Irreversible.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteUserResponse deleteUser(com.rupaya.api.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteUserMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's security events (sign-ins, MFA, password, sessions),
     * newest first, keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListAuditEventsResponse listAuditEvents(com.rupaya.api.v1.ListAuditEventsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListAuditEventsMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * The caller's own user: profile, account deletion and security audit trail.
   * </pre>
   */
  public static final class UserServiceFutureStub extends io.grpc.stub.AbstractFutureStub<UserServiceFutureStub> {
    private UserServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected UserServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new UserServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Returns the caller's profile.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetProfileResponse> getProfile(
        com.rupaya.api.v1.GetProfileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProfileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the profile fields named in `update_mask` (display_name,
     * base_currency, time_zone, locale). With a non-empty `etag` that is not the
     * current one the call fails with ABORTED and changes nothing. Idempotent on
     * `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateProfileResponse> updateProfile(
        com.rupaya.api.v1.UpdateProfileRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateProfileMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Erases the caller's user and all of its data, and ends every session.
     * Needs the password and, when MFA is on, a current TOTP code. Irreversible.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteUserResponse> deleteUser(
        com.rupaya.api.v1.DeleteUserRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteUserMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the caller's security events (sign-ins, MFA, password, sessions),
     * newest first, keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListAuditEventsResponse> listAuditEvents(
        com.rupaya.api.v1.ListAuditEventsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListAuditEventsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_PROFILE = 0;
  private static final int METHODID_UPDATE_PROFILE = 1;
  private static final int METHODID_DELETE_USER = 2;
  private static final int METHODID_LIST_AUDIT_EVENTS = 3;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final UserServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(UserServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_PROFILE:
          serviceImpl.getProfile((com.rupaya.api.v1.GetProfileRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetProfileResponse>) responseObserver);
          break;
        case METHODID_UPDATE_PROFILE:
          serviceImpl.updateProfile((com.rupaya.api.v1.UpdateProfileRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateProfileResponse>) responseObserver);
          break;
        case METHODID_DELETE_USER:
          serviceImpl.deleteUser((com.rupaya.api.v1.DeleteUserRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteUserResponse>) responseObserver);
          break;
        case METHODID_LIST_AUDIT_EVENTS:
          serviceImpl.listAuditEvents((com.rupaya.api.v1.ListAuditEventsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListAuditEventsResponse>) responseObserver);
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
      synchronized (UserServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getGetProfileMethod())
              .addMethod(getUpdateProfileMethod())
              .addMethod(getDeleteUserMethod())
              .addMethod(getListAuditEventsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
