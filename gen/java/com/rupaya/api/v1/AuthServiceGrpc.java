package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Sign-up, sign-in and token lifecycle.
 * Access tokens are short-lived JWTs signed with an asymmetric key (header
 * `kid`); refresh tokens are opaque, stored hashed, and rotated on every use.
 * Presenting a refresh token that was already rotated revokes its session.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/auth.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class AuthServiceGrpc {

  private AuthServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.AuthService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.SignUpRequest,
      com.rupaya.api.v1.SignUpResponse> getSignUpMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignUp",
      requestType = com.rupaya.api.v1.SignUpRequest.class,
      responseType = com.rupaya.api.v1.SignUpResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.SignUpRequest,
      com.rupaya.api.v1.SignUpResponse> getSignUpMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.SignUpRequest, com.rupaya.api.v1.SignUpResponse> getSignUpMethod;
    if ((getSignUpMethod = AuthServiceGrpc.getSignUpMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getSignUpMethod = AuthServiceGrpc.getSignUpMethod) == null) {
          AuthServiceGrpc.getSignUpMethod = getSignUpMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.SignUpRequest, com.rupaya.api.v1.SignUpResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignUp"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignUpRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignUpResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("SignUp"))
              .build();
        }
      }
    }
    return getSignUpMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.SignInRequest,
      com.rupaya.api.v1.SignInResponse> getSignInMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignIn",
      requestType = com.rupaya.api.v1.SignInRequest.class,
      responseType = com.rupaya.api.v1.SignInResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.SignInRequest,
      com.rupaya.api.v1.SignInResponse> getSignInMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.SignInRequest, com.rupaya.api.v1.SignInResponse> getSignInMethod;
    if ((getSignInMethod = AuthServiceGrpc.getSignInMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getSignInMethod = AuthServiceGrpc.getSignInMethod) == null) {
          AuthServiceGrpc.getSignInMethod = getSignInMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.SignInRequest, com.rupaya.api.v1.SignInResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignIn"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignInRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignInResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("SignIn"))
              .build();
        }
      }
    }
    return getSignInMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.RefreshTokenRequest,
      com.rupaya.api.v1.RefreshTokenResponse> getRefreshTokenMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RefreshToken",
      requestType = com.rupaya.api.v1.RefreshTokenRequest.class,
      responseType = com.rupaya.api.v1.RefreshTokenResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.RefreshTokenRequest,
      com.rupaya.api.v1.RefreshTokenResponse> getRefreshTokenMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.RefreshTokenRequest, com.rupaya.api.v1.RefreshTokenResponse> getRefreshTokenMethod;
    if ((getRefreshTokenMethod = AuthServiceGrpc.getRefreshTokenMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRefreshTokenMethod = AuthServiceGrpc.getRefreshTokenMethod) == null) {
          AuthServiceGrpc.getRefreshTokenMethod = getRefreshTokenMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.RefreshTokenRequest, com.rupaya.api.v1.RefreshTokenResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RefreshToken"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RefreshTokenRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RefreshTokenResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RefreshToken"))
              .build();
        }
      }
    }
    return getRefreshTokenMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.SignOutRequest,
      com.rupaya.api.v1.SignOutResponse> getSignOutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SignOut",
      requestType = com.rupaya.api.v1.SignOutRequest.class,
      responseType = com.rupaya.api.v1.SignOutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.SignOutRequest,
      com.rupaya.api.v1.SignOutResponse> getSignOutMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.SignOutRequest, com.rupaya.api.v1.SignOutResponse> getSignOutMethod;
    if ((getSignOutMethod = AuthServiceGrpc.getSignOutMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getSignOutMethod = AuthServiceGrpc.getSignOutMethod) == null) {
          AuthServiceGrpc.getSignOutMethod = getSignOutMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.SignOutRequest, com.rupaya.api.v1.SignOutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SignOut"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignOutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.SignOutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("SignOut"))
              .build();
        }
      }
    }
    return getSignOutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CompleteMfaSignInRequest,
      com.rupaya.api.v1.CompleteMfaSignInResponse> getCompleteMfaSignInMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CompleteMfaSignIn",
      requestType = com.rupaya.api.v1.CompleteMfaSignInRequest.class,
      responseType = com.rupaya.api.v1.CompleteMfaSignInResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CompleteMfaSignInRequest,
      com.rupaya.api.v1.CompleteMfaSignInResponse> getCompleteMfaSignInMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CompleteMfaSignInRequest, com.rupaya.api.v1.CompleteMfaSignInResponse> getCompleteMfaSignInMethod;
    if ((getCompleteMfaSignInMethod = AuthServiceGrpc.getCompleteMfaSignInMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getCompleteMfaSignInMethod = AuthServiceGrpc.getCompleteMfaSignInMethod) == null) {
          AuthServiceGrpc.getCompleteMfaSignInMethod = getCompleteMfaSignInMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CompleteMfaSignInRequest, com.rupaya.api.v1.CompleteMfaSignInResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CompleteMfaSignIn"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CompleteMfaSignInRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CompleteMfaSignInResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("CompleteMfaSignIn"))
              .build();
        }
      }
    }
    return getCompleteMfaSignInMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.EnrollMfaRequest,
      com.rupaya.api.v1.EnrollMfaResponse> getEnrollMfaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EnrollMfa",
      requestType = com.rupaya.api.v1.EnrollMfaRequest.class,
      responseType = com.rupaya.api.v1.EnrollMfaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.EnrollMfaRequest,
      com.rupaya.api.v1.EnrollMfaResponse> getEnrollMfaMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.EnrollMfaRequest, com.rupaya.api.v1.EnrollMfaResponse> getEnrollMfaMethod;
    if ((getEnrollMfaMethod = AuthServiceGrpc.getEnrollMfaMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getEnrollMfaMethod = AuthServiceGrpc.getEnrollMfaMethod) == null) {
          AuthServiceGrpc.getEnrollMfaMethod = getEnrollMfaMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.EnrollMfaRequest, com.rupaya.api.v1.EnrollMfaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EnrollMfa"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.EnrollMfaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.EnrollMfaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("EnrollMfa"))
              .build();
        }
      }
    }
    return getEnrollMfaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ConfirmMfaRequest,
      com.rupaya.api.v1.ConfirmMfaResponse> getConfirmMfaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConfirmMfa",
      requestType = com.rupaya.api.v1.ConfirmMfaRequest.class,
      responseType = com.rupaya.api.v1.ConfirmMfaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ConfirmMfaRequest,
      com.rupaya.api.v1.ConfirmMfaResponse> getConfirmMfaMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ConfirmMfaRequest, com.rupaya.api.v1.ConfirmMfaResponse> getConfirmMfaMethod;
    if ((getConfirmMfaMethod = AuthServiceGrpc.getConfirmMfaMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getConfirmMfaMethod = AuthServiceGrpc.getConfirmMfaMethod) == null) {
          AuthServiceGrpc.getConfirmMfaMethod = getConfirmMfaMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ConfirmMfaRequest, com.rupaya.api.v1.ConfirmMfaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConfirmMfa"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ConfirmMfaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ConfirmMfaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ConfirmMfa"))
              .build();
        }
      }
    }
    return getConfirmMfaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DisableMfaRequest,
      com.rupaya.api.v1.DisableMfaResponse> getDisableMfaMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DisableMfa",
      requestType = com.rupaya.api.v1.DisableMfaRequest.class,
      responseType = com.rupaya.api.v1.DisableMfaResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DisableMfaRequest,
      com.rupaya.api.v1.DisableMfaResponse> getDisableMfaMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DisableMfaRequest, com.rupaya.api.v1.DisableMfaResponse> getDisableMfaMethod;
    if ((getDisableMfaMethod = AuthServiceGrpc.getDisableMfaMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getDisableMfaMethod = AuthServiceGrpc.getDisableMfaMethod) == null) {
          AuthServiceGrpc.getDisableMfaMethod = getDisableMfaMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DisableMfaRequest, com.rupaya.api.v1.DisableMfaResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DisableMfa"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DisableMfaRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DisableMfaResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("DisableMfa"))
              .build();
        }
      }
    }
    return getDisableMfaMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.RegenerateBackupCodesRequest,
      com.rupaya.api.v1.RegenerateBackupCodesResponse> getRegenerateBackupCodesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RegenerateBackupCodes",
      requestType = com.rupaya.api.v1.RegenerateBackupCodesRequest.class,
      responseType = com.rupaya.api.v1.RegenerateBackupCodesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.RegenerateBackupCodesRequest,
      com.rupaya.api.v1.RegenerateBackupCodesResponse> getRegenerateBackupCodesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.RegenerateBackupCodesRequest, com.rupaya.api.v1.RegenerateBackupCodesResponse> getRegenerateBackupCodesMethod;
    if ((getRegenerateBackupCodesMethod = AuthServiceGrpc.getRegenerateBackupCodesMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRegenerateBackupCodesMethod = AuthServiceGrpc.getRegenerateBackupCodesMethod) == null) {
          AuthServiceGrpc.getRegenerateBackupCodesMethod = getRegenerateBackupCodesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.RegenerateBackupCodesRequest, com.rupaya.api.v1.RegenerateBackupCodesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RegenerateBackupCodes"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RegenerateBackupCodesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RegenerateBackupCodesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RegenerateBackupCodes"))
              .build();
        }
      }
    }
    return getRegenerateBackupCodesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSessionsRequest,
      com.rupaya.api.v1.ListSessionsResponse> getListSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSessions",
      requestType = com.rupaya.api.v1.ListSessionsRequest.class,
      responseType = com.rupaya.api.v1.ListSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSessionsRequest,
      com.rupaya.api.v1.ListSessionsResponse> getListSessionsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSessionsRequest, com.rupaya.api.v1.ListSessionsResponse> getListSessionsMethod;
    if ((getListSessionsMethod = AuthServiceGrpc.getListSessionsMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getListSessionsMethod = AuthServiceGrpc.getListSessionsMethod) == null) {
          AuthServiceGrpc.getListSessionsMethod = getListSessionsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListSessionsRequest, com.rupaya.api.v1.ListSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ListSessions"))
              .build();
        }
      }
    }
    return getListSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeSessionRequest,
      com.rupaya.api.v1.RevokeSessionResponse> getRevokeSessionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeSession",
      requestType = com.rupaya.api.v1.RevokeSessionRequest.class,
      responseType = com.rupaya.api.v1.RevokeSessionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeSessionRequest,
      com.rupaya.api.v1.RevokeSessionResponse> getRevokeSessionMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeSessionRequest, com.rupaya.api.v1.RevokeSessionResponse> getRevokeSessionMethod;
    if ((getRevokeSessionMethod = AuthServiceGrpc.getRevokeSessionMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRevokeSessionMethod = AuthServiceGrpc.getRevokeSessionMethod) == null) {
          AuthServiceGrpc.getRevokeSessionMethod = getRevokeSessionMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.RevokeSessionRequest, com.rupaya.api.v1.RevokeSessionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeSession"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RevokeSessionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RevokeSessionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RevokeSession"))
              .build();
        }
      }
    }
    return getRevokeSessionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeOtherSessionsRequest,
      com.rupaya.api.v1.RevokeOtherSessionsResponse> getRevokeOtherSessionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RevokeOtherSessions",
      requestType = com.rupaya.api.v1.RevokeOtherSessionsRequest.class,
      responseType = com.rupaya.api.v1.RevokeOtherSessionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeOtherSessionsRequest,
      com.rupaya.api.v1.RevokeOtherSessionsResponse> getRevokeOtherSessionsMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.RevokeOtherSessionsRequest, com.rupaya.api.v1.RevokeOtherSessionsResponse> getRevokeOtherSessionsMethod;
    if ((getRevokeOtherSessionsMethod = AuthServiceGrpc.getRevokeOtherSessionsMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRevokeOtherSessionsMethod = AuthServiceGrpc.getRevokeOtherSessionsMethod) == null) {
          AuthServiceGrpc.getRevokeOtherSessionsMethod = getRevokeOtherSessionsMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.RevokeOtherSessionsRequest, com.rupaya.api.v1.RevokeOtherSessionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RevokeOtherSessions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RevokeOtherSessionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RevokeOtherSessionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RevokeOtherSessions"))
              .build();
        }
      }
    }
    return getRevokeOtherSessionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangePasswordRequest,
      com.rupaya.api.v1.ChangePasswordResponse> getChangePasswordMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ChangePassword",
      requestType = com.rupaya.api.v1.ChangePasswordRequest.class,
      responseType = com.rupaya.api.v1.ChangePasswordResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangePasswordRequest,
      com.rupaya.api.v1.ChangePasswordResponse> getChangePasswordMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangePasswordRequest, com.rupaya.api.v1.ChangePasswordResponse> getChangePasswordMethod;
    if ((getChangePasswordMethod = AuthServiceGrpc.getChangePasswordMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getChangePasswordMethod = AuthServiceGrpc.getChangePasswordMethod) == null) {
          AuthServiceGrpc.getChangePasswordMethod = getChangePasswordMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ChangePasswordRequest, com.rupaya.api.v1.ChangePasswordResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ChangePassword"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ChangePasswordRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ChangePasswordResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ChangePassword"))
              .build();
        }
      }
    }
    return getChangePasswordMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.VerifyEmailRequest,
      com.rupaya.api.v1.VerifyEmailResponse> getVerifyEmailMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "VerifyEmail",
      requestType = com.rupaya.api.v1.VerifyEmailRequest.class,
      responseType = com.rupaya.api.v1.VerifyEmailResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.VerifyEmailRequest,
      com.rupaya.api.v1.VerifyEmailResponse> getVerifyEmailMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.VerifyEmailRequest, com.rupaya.api.v1.VerifyEmailResponse> getVerifyEmailMethod;
    if ((getVerifyEmailMethod = AuthServiceGrpc.getVerifyEmailMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getVerifyEmailMethod = AuthServiceGrpc.getVerifyEmailMethod) == null) {
          AuthServiceGrpc.getVerifyEmailMethod = getVerifyEmailMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.VerifyEmailRequest, com.rupaya.api.v1.VerifyEmailResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "VerifyEmail"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.VerifyEmailRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.VerifyEmailResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("VerifyEmail"))
              .build();
        }
      }
    }
    return getVerifyEmailMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ResendVerificationEmailRequest,
      com.rupaya.api.v1.ResendVerificationEmailResponse> getResendVerificationEmailMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResendVerificationEmail",
      requestType = com.rupaya.api.v1.ResendVerificationEmailRequest.class,
      responseType = com.rupaya.api.v1.ResendVerificationEmailResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ResendVerificationEmailRequest,
      com.rupaya.api.v1.ResendVerificationEmailResponse> getResendVerificationEmailMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ResendVerificationEmailRequest, com.rupaya.api.v1.ResendVerificationEmailResponse> getResendVerificationEmailMethod;
    if ((getResendVerificationEmailMethod = AuthServiceGrpc.getResendVerificationEmailMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getResendVerificationEmailMethod = AuthServiceGrpc.getResendVerificationEmailMethod) == null) {
          AuthServiceGrpc.getResendVerificationEmailMethod = getResendVerificationEmailMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ResendVerificationEmailRequest, com.rupaya.api.v1.ResendVerificationEmailResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResendVerificationEmail"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ResendVerificationEmailRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ResendVerificationEmailResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ResendVerificationEmail"))
              .build();
        }
      }
    }
    return getResendVerificationEmailMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.RequestPasswordResetRequest,
      com.rupaya.api.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "RequestPasswordReset",
      requestType = com.rupaya.api.v1.RequestPasswordResetRequest.class,
      responseType = com.rupaya.api.v1.RequestPasswordResetResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.RequestPasswordResetRequest,
      com.rupaya.api.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.RequestPasswordResetRequest, com.rupaya.api.v1.RequestPasswordResetResponse> getRequestPasswordResetMethod;
    if ((getRequestPasswordResetMethod = AuthServiceGrpc.getRequestPasswordResetMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getRequestPasswordResetMethod = AuthServiceGrpc.getRequestPasswordResetMethod) == null) {
          AuthServiceGrpc.getRequestPasswordResetMethod = getRequestPasswordResetMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.RequestPasswordResetRequest, com.rupaya.api.v1.RequestPasswordResetResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "RequestPasswordReset"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RequestPasswordResetRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.RequestPasswordResetResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("RequestPasswordReset"))
              .build();
        }
      }
    }
    return getRequestPasswordResetMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ResetPasswordRequest,
      com.rupaya.api.v1.ResetPasswordResponse> getResetPasswordMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ResetPassword",
      requestType = com.rupaya.api.v1.ResetPasswordRequest.class,
      responseType = com.rupaya.api.v1.ResetPasswordResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ResetPasswordRequest,
      com.rupaya.api.v1.ResetPasswordResponse> getResetPasswordMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ResetPasswordRequest, com.rupaya.api.v1.ResetPasswordResponse> getResetPasswordMethod;
    if ((getResetPasswordMethod = AuthServiceGrpc.getResetPasswordMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getResetPasswordMethod = AuthServiceGrpc.getResetPasswordMethod) == null) {
          AuthServiceGrpc.getResetPasswordMethod = getResetPasswordMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ResetPasswordRequest, com.rupaya.api.v1.ResetPasswordResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ResetPassword"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ResetPasswordRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ResetPasswordResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ResetPassword"))
              .build();
        }
      }
    }
    return getResetPasswordMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangeEmailRequest,
      com.rupaya.api.v1.ChangeEmailResponse> getChangeEmailMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ChangeEmail",
      requestType = com.rupaya.api.v1.ChangeEmailRequest.class,
      responseType = com.rupaya.api.v1.ChangeEmailResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangeEmailRequest,
      com.rupaya.api.v1.ChangeEmailResponse> getChangeEmailMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ChangeEmailRequest, com.rupaya.api.v1.ChangeEmailResponse> getChangeEmailMethod;
    if ((getChangeEmailMethod = AuthServiceGrpc.getChangeEmailMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getChangeEmailMethod = AuthServiceGrpc.getChangeEmailMethod) == null) {
          AuthServiceGrpc.getChangeEmailMethod = getChangeEmailMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ChangeEmailRequest, com.rupaya.api.v1.ChangeEmailResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ChangeEmail"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ChangeEmailRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ChangeEmailResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("ChangeEmail"))
              .build();
        }
      }
    }
    return getChangeEmailMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.WhoAmIRequest,
      com.rupaya.api.v1.WhoAmIResponse> getWhoAmIMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WhoAmI",
      requestType = com.rupaya.api.v1.WhoAmIRequest.class,
      responseType = com.rupaya.api.v1.WhoAmIResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.WhoAmIRequest,
      com.rupaya.api.v1.WhoAmIResponse> getWhoAmIMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.WhoAmIRequest, com.rupaya.api.v1.WhoAmIResponse> getWhoAmIMethod;
    if ((getWhoAmIMethod = AuthServiceGrpc.getWhoAmIMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getWhoAmIMethod = AuthServiceGrpc.getWhoAmIMethod) == null) {
          AuthServiceGrpc.getWhoAmIMethod = getWhoAmIMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.WhoAmIRequest, com.rupaya.api.v1.WhoAmIResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WhoAmI"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.WhoAmIRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.WhoAmIResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("WhoAmI"))
              .build();
        }
      }
    }
    return getWhoAmIMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetJwksRequest,
      com.rupaya.api.v1.GetJwksResponse> getGetJwksMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJwks",
      requestType = com.rupaya.api.v1.GetJwksRequest.class,
      responseType = com.rupaya.api.v1.GetJwksResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetJwksRequest,
      com.rupaya.api.v1.GetJwksResponse> getGetJwksMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetJwksRequest, com.rupaya.api.v1.GetJwksResponse> getGetJwksMethod;
    if ((getGetJwksMethod = AuthServiceGrpc.getGetJwksMethod) == null) {
      synchronized (AuthServiceGrpc.class) {
        if ((getGetJwksMethod = AuthServiceGrpc.getGetJwksMethod) == null) {
          AuthServiceGrpc.getGetJwksMethod = getGetJwksMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetJwksRequest, com.rupaya.api.v1.GetJwksResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJwks"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetJwksRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetJwksResponse.getDefaultInstance()))
              .setSchemaDescriptor(new AuthServiceMethodDescriptorSupplier("GetJwks"))
              .build();
        }
      }
    }
    return getGetJwksMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static AuthServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceStub>() {
        @java.lang.Override
        public AuthServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceStub(channel, callOptions);
        }
      };
    return AuthServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static AuthServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceBlockingStub>() {
        @java.lang.Override
        public AuthServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceBlockingStub(channel, callOptions);
        }
      };
    return AuthServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static AuthServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<AuthServiceFutureStub>() {
        @java.lang.Override
        public AuthServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new AuthServiceFutureStub(channel, callOptions);
        }
      };
    return AuthServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Sign-up, sign-in and token lifecycle.
   * Access tokens are short-lived JWTs signed with an asymmetric key (header
   * `kid`); refresh tokens are opaque, stored hashed, and rotated on every use.
   * Presenting a refresh token that was already rotated revokes its session.
   * </pre>
   */
  public static abstract class AuthServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a user and signs it in on the calling device.
     * </pre>
     */
    public void signUp(com.rupaya.api.v1.SignUpRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignUpResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignUpMethod(), responseObserver);
    }

    /**
     * <pre>
     * Exchanges e-mail and password for tokens. A wrong password, an unknown
     * e-mail and a locked account all get the same error.
     * </pre>
     */
    public void signIn(com.rupaya.api.v1.SignInRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignInResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignInMethod(), responseObserver);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new token pair; the presented refresh
     * token stops working.
     * </pre>
     */
    public void refreshToken(com.rupaya.api.v1.RefreshTokenRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RefreshTokenResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRefreshTokenMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends the caller's current session: its refresh token and access tokens
     * stop working.
     * </pre>
     */
    public void signOut(com.rupaya.api.v1.SignOutRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignOutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSignOutMethod(), responseObserver);
    }

    /**
     * <pre>
     * Completes a sign-in that answered `mfa_required` with a TOTP or backup
     * code; issues the tokens. A challenge allows 5 wrong codes.
     * </pre>
     */
    public void completeMfaSignIn(com.rupaya.api.v1.CompleteMfaSignInRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CompleteMfaSignInResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCompleteMfaSignInMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts TOTP enrolment: a new secret as otpauth:// URI and QR code. MFA
     * is not on until ConfirmMfa; enrolling again replaces an unconfirmed secret.
     * </pre>
     */
    public void enrollMfa(com.rupaya.api.v1.EnrollMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.EnrollMfaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEnrollMfaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Turns MFA on with a first code from the authenticator app; returns the
     * ten one-time backup codes, shown only here.
     * </pre>
     */
    public void confirmMfa(com.rupaya.api.v1.ConfirmMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ConfirmMfaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConfirmMfaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Turns MFA off; needs the password and a current TOTP or backup code.
     * </pre>
     */
    public void disableMfa(com.rupaya.api.v1.DisableMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DisableMfaResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDisableMfaMethod(), responseObserver);
    }

    /**
     * <pre>
     * Replaces all backup codes with ten new ones; needs a current TOTP code.
     * </pre>
     */
    public void regenerateBackupCodes(com.rupaya.api.v1.RegenerateBackupCodesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RegenerateBackupCodesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRegenerateBackupCodesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's live sessions (one per signed-in device), newest first.
     * </pre>
     */
    public void listSessions(com.rupaya.api.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends one of the caller's sessions; another user's session is NOT_FOUND.
     * </pre>
     */
    public void revokeSession(com.rupaya.api.v1.RevokeSessionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeSessionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeSessionMethod(), responseObserver);
    }

    /**
     * <pre>
     * Ends every session of the caller except the current one.
     * </pre>
     */
    public void revokeOtherSessions(com.rupaya.api.v1.RevokeOtherSessionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeOtherSessionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRevokeOtherSessionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the password; needs the current one. Ends every other session.
     * </pre>
     */
    public void changePassword(com.rupaya.api.v1.ChangePasswordRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangePasswordResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getChangePasswordMethod(), responseObserver);
    }

    /**
     * <pre>
     * Marks the e-mail address a verification message was sent to as verified,
     * with the token from that message. An unknown, expired, already used token,
     * or one for an address the account no longer has or wants, is
     * UNAUTHENTICATED / TOKEN_INVALID. A change of address takes effect here.
     * </pre>
     */
    public void verifyEmail(com.rupaya.api.v1.VerifyEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.VerifyEmailResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getVerifyEmailMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sends a new verification message to the caller's unverified address (or
     * to the address it is changing to); earlier tokens keep working until they
     * expire. A few per hour per account (RATE_LIMITED beyond). Sends nothing
     * when there is nothing to verify.
     * </pre>
     */
    public void resendVerificationEmail(com.rupaya.api.v1.ResendVerificationEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResendVerificationEmailResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResendVerificationEmailMethod(), responseObserver);
    }

    /**
     * <pre>
     * Asks for a password-reset message. Answers the same (empty, OK) whether or
     * not the address has an account; a message goes only to a verified address
     * of an account. A few per hour per address (RATE_LIMITED beyond, for every
     * address alike).
     * </pre>
     */
    public void requestPasswordReset(com.rupaya.api.v1.RequestPasswordResetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RequestPasswordResetResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getRequestPasswordResetMethod(), responseObserver);
    }

    /**
     * <pre>
     * Sets a new password with the token from a reset message. With MFA on, a
     * current TOTP code or an unused backup code is required too
     * (FAILED_PRECONDITION / MFA_REQUIRED without one; a token allows 5 wrong
     * codes). Ends every session, clears sign-in lockouts.
     * </pre>
     */
    public void resetPassword(com.rupaya.api.v1.ResetPasswordRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResetPasswordResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResetPasswordMethod(), responseObserver);
    }

    /**
     * <pre>
     * Starts a change of the sign-in address; needs the current password. The
     * new address gets a verification message and replaces the old one only
     * when verified (VerifyEmail); the old address (if verified) is told.
     * </pre>
     */
    public void changeEmail(com.rupaya.api.v1.ChangeEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangeEmailResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getChangeEmailMethod(), responseObserver);
    }

    /**
     * <pre>
     * Who the bearer of this access token is: user, session and when the token
     * expires. Answered from the verified token and the live-session check alone,
     * with no database work: a cheap way for a client to check its token.
     * </pre>
     */
    public void whoAmI(com.rupaya.api.v1.WhoAmIRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.WhoAmIResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWhoAmIMethod(), responseObserver);
    }

    /**
     * <pre>
     * The public keys that verify access tokens (RFC 7517 JWK Set), one per
     * key id still accepted; also served by the gateway as /.well-known/jwks.json.
     * </pre>
     */
    public void getJwks(com.rupaya.api.v1.GetJwksRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetJwksResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJwksMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getSignUpMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.SignUpRequest,
                com.rupaya.api.v1.SignUpResponse>(
                  this, METHODID_SIGN_UP)))
          .addMethod(
            getSignInMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.SignInRequest,
                com.rupaya.api.v1.SignInResponse>(
                  this, METHODID_SIGN_IN)))
          .addMethod(
            getRefreshTokenMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.RefreshTokenRequest,
                com.rupaya.api.v1.RefreshTokenResponse>(
                  this, METHODID_REFRESH_TOKEN)))
          .addMethod(
            getSignOutMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.SignOutRequest,
                com.rupaya.api.v1.SignOutResponse>(
                  this, METHODID_SIGN_OUT)))
          .addMethod(
            getCompleteMfaSignInMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CompleteMfaSignInRequest,
                com.rupaya.api.v1.CompleteMfaSignInResponse>(
                  this, METHODID_COMPLETE_MFA_SIGN_IN)))
          .addMethod(
            getEnrollMfaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.EnrollMfaRequest,
                com.rupaya.api.v1.EnrollMfaResponse>(
                  this, METHODID_ENROLL_MFA)))
          .addMethod(
            getConfirmMfaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ConfirmMfaRequest,
                com.rupaya.api.v1.ConfirmMfaResponse>(
                  this, METHODID_CONFIRM_MFA)))
          .addMethod(
            getDisableMfaMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DisableMfaRequest,
                com.rupaya.api.v1.DisableMfaResponse>(
                  this, METHODID_DISABLE_MFA)))
          .addMethod(
            getRegenerateBackupCodesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.RegenerateBackupCodesRequest,
                com.rupaya.api.v1.RegenerateBackupCodesResponse>(
                  this, METHODID_REGENERATE_BACKUP_CODES)))
          .addMethod(
            getListSessionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListSessionsRequest,
                com.rupaya.api.v1.ListSessionsResponse>(
                  this, METHODID_LIST_SESSIONS)))
          .addMethod(
            getRevokeSessionMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.RevokeSessionRequest,
                com.rupaya.api.v1.RevokeSessionResponse>(
                  this, METHODID_REVOKE_SESSION)))
          .addMethod(
            getRevokeOtherSessionsMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.RevokeOtherSessionsRequest,
                com.rupaya.api.v1.RevokeOtherSessionsResponse>(
                  this, METHODID_REVOKE_OTHER_SESSIONS)))
          .addMethod(
            getChangePasswordMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ChangePasswordRequest,
                com.rupaya.api.v1.ChangePasswordResponse>(
                  this, METHODID_CHANGE_PASSWORD)))
          .addMethod(
            getVerifyEmailMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.VerifyEmailRequest,
                com.rupaya.api.v1.VerifyEmailResponse>(
                  this, METHODID_VERIFY_EMAIL)))
          .addMethod(
            getResendVerificationEmailMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ResendVerificationEmailRequest,
                com.rupaya.api.v1.ResendVerificationEmailResponse>(
                  this, METHODID_RESEND_VERIFICATION_EMAIL)))
          .addMethod(
            getRequestPasswordResetMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.RequestPasswordResetRequest,
                com.rupaya.api.v1.RequestPasswordResetResponse>(
                  this, METHODID_REQUEST_PASSWORD_RESET)))
          .addMethod(
            getResetPasswordMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ResetPasswordRequest,
                com.rupaya.api.v1.ResetPasswordResponse>(
                  this, METHODID_RESET_PASSWORD)))
          .addMethod(
            getChangeEmailMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ChangeEmailRequest,
                com.rupaya.api.v1.ChangeEmailResponse>(
                  this, METHODID_CHANGE_EMAIL)))
          .addMethod(
            getWhoAmIMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.WhoAmIRequest,
                com.rupaya.api.v1.WhoAmIResponse>(
                  this, METHODID_WHO_AM_I)))
          .addMethod(
            getGetJwksMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetJwksRequest,
                com.rupaya.api.v1.GetJwksResponse>(
                  this, METHODID_GET_JWKS)))
          .build();
    }
  }

  /**
   * <pre>
   * Sign-up, sign-in and token lifecycle.
   * Access tokens are short-lived JWTs signed with an asymmetric key (header
   * `kid`); refresh tokens are opaque, stored hashed, and rotated on every use.
   * Presenting a refresh token that was already rotated revokes its session.
   * </pre>
   */
  public static final class AuthServiceStub extends io.grpc.stub.AbstractAsyncStub<AuthServiceStub> {
    private AuthServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user and signs it in on the calling device.
     * </pre>
     */
    public void signUp(com.rupaya.api.v1.SignUpRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignUpResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignUpMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Exchanges e-mail and password for tokens. A wrong password, an unknown
     * e-mail and a locked account all get the same error.
     * </pre>
     */
    public void signIn(com.rupaya.api.v1.SignInRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignInResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignInMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new token pair; the presented refresh
     * token stops working.
     * </pre>
     */
    public void refreshToken(com.rupaya.api.v1.RefreshTokenRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RefreshTokenResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRefreshTokenMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends the caller's current session: its refresh token and access tokens
     * stop working.
     * </pre>
     */
    public void signOut(com.rupaya.api.v1.SignOutRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignOutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSignOutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Completes a sign-in that answered `mfa_required` with a TOTP or backup
     * code; issues the tokens. A challenge allows 5 wrong codes.
     * </pre>
     */
    public void completeMfaSignIn(com.rupaya.api.v1.CompleteMfaSignInRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CompleteMfaSignInResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCompleteMfaSignInMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts TOTP enrolment: a new secret as otpauth:// URI and QR code. MFA
     * is not on until ConfirmMfa; enrolling again replaces an unconfirmed secret.
     * </pre>
     */
    public void enrollMfa(com.rupaya.api.v1.EnrollMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.EnrollMfaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEnrollMfaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Turns MFA on with a first code from the authenticator app; returns the
     * ten one-time backup codes, shown only here.
     * </pre>
     */
    public void confirmMfa(com.rupaya.api.v1.ConfirmMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ConfirmMfaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getConfirmMfaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Turns MFA off; needs the password and a current TOTP or backup code.
     * </pre>
     */
    public void disableMfa(com.rupaya.api.v1.DisableMfaRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DisableMfaResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDisableMfaMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Replaces all backup codes with ten new ones; needs a current TOTP code.
     * </pre>
     */
    public void regenerateBackupCodes(com.rupaya.api.v1.RegenerateBackupCodesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RegenerateBackupCodesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRegenerateBackupCodesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's live sessions (one per signed-in device), newest first.
     * </pre>
     */
    public void listSessions(com.rupaya.api.v1.ListSessionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends one of the caller's sessions; another user's session is NOT_FOUND.
     * </pre>
     */
    public void revokeSession(com.rupaya.api.v1.RevokeSessionRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeSessionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeSessionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Ends every session of the caller except the current one.
     * </pre>
     */
    public void revokeOtherSessions(com.rupaya.api.v1.RevokeOtherSessionsRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeOtherSessionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRevokeOtherSessionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the password; needs the current one. Ends every other session.
     * </pre>
     */
    public void changePassword(com.rupaya.api.v1.ChangePasswordRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangePasswordResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getChangePasswordMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Marks the e-mail address a verification message was sent to as verified,
     * with the token from that message. An unknown, expired, already used token,
     * or one for an address the account no longer has or wants, is
     * UNAUTHENTICATED / TOKEN_INVALID. A change of address takes effect here.
     * </pre>
     */
    public void verifyEmail(com.rupaya.api.v1.VerifyEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.VerifyEmailResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getVerifyEmailMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sends a new verification message to the caller's unverified address (or
     * to the address it is changing to); earlier tokens keep working until they
     * expire. A few per hour per account (RATE_LIMITED beyond). Sends nothing
     * when there is nothing to verify.
     * </pre>
     */
    public void resendVerificationEmail(com.rupaya.api.v1.ResendVerificationEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResendVerificationEmailResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResendVerificationEmailMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Asks for a password-reset message. Answers the same (empty, OK) whether or
     * not the address has an account; a message goes only to a verified address
     * of an account. A few per hour per address (RATE_LIMITED beyond, for every
     * address alike).
     * </pre>
     */
    public void requestPasswordReset(com.rupaya.api.v1.RequestPasswordResetRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.RequestPasswordResetResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getRequestPasswordResetMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Sets a new password with the token from a reset message. With MFA on, a
     * current TOTP code or an unused backup code is required too
     * (FAILED_PRECONDITION / MFA_REQUIRED without one; a token allows 5 wrong
     * codes). Ends every session, clears sign-in lockouts.
     * </pre>
     */
    public void resetPassword(com.rupaya.api.v1.ResetPasswordRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResetPasswordResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResetPasswordMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Starts a change of the sign-in address; needs the current password. The
     * new address gets a verification message and replaces the old one only
     * when verified (VerifyEmail); the old address (if verified) is told.
     * </pre>
     */
    public void changeEmail(com.rupaya.api.v1.ChangeEmailRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangeEmailResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getChangeEmailMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Who the bearer of this access token is: user, session and when the token
     * expires. Answered from the verified token and the live-session check alone,
     * with no database work: a cheap way for a client to check its token.
     * </pre>
     */
    public void whoAmI(com.rupaya.api.v1.WhoAmIRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.WhoAmIResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getWhoAmIMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The public keys that verify access tokens (RFC 7517 JWK Set), one per
     * key id still accepted; also served by the gateway as /.well-known/jwks.json.
     * </pre>
     */
    public void getJwks(com.rupaya.api.v1.GetJwksRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetJwksResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJwksMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Sign-up, sign-in and token lifecycle.
   * Access tokens are short-lived JWTs signed with an asymmetric key (header
   * `kid`); refresh tokens are opaque, stored hashed, and rotated on every use.
   * Presenting a refresh token that was already rotated revokes its session.
   * </pre>
   */
  public static final class AuthServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<AuthServiceBlockingStub> {
    private AuthServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user and signs it in on the calling device.
     * </pre>
     */
    public com.rupaya.api.v1.SignUpResponse signUp(com.rupaya.api.v1.SignUpRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignUpMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Exchanges e-mail and password for tokens. A wrong password, an unknown
     * e-mail and a locked account all get the same error.
     * </pre>
     */
    public com.rupaya.api.v1.SignInResponse signIn(com.rupaya.api.v1.SignInRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignInMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new token pair; the presented refresh
     * token stops working.
     * </pre>
     */
    public com.rupaya.api.v1.RefreshTokenResponse refreshToken(com.rupaya.api.v1.RefreshTokenRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRefreshTokenMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends the caller's current session: its refresh token and access tokens
     * stop working.
     * </pre>
     */
    public com.rupaya.api.v1.SignOutResponse signOut(com.rupaya.api.v1.SignOutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSignOutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Completes a sign-in that answered `mfa_required` with a TOTP or backup
     * code; issues the tokens. A challenge allows 5 wrong codes.
     * </pre>
     */
    public com.rupaya.api.v1.CompleteMfaSignInResponse completeMfaSignIn(com.rupaya.api.v1.CompleteMfaSignInRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCompleteMfaSignInMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts TOTP enrolment: a new secret as otpauth:// URI and QR code. MFA
     * is not on until ConfirmMfa; enrolling again replaces an unconfirmed secret.
     * </pre>
     */
    public com.rupaya.api.v1.EnrollMfaResponse enrollMfa(com.rupaya.api.v1.EnrollMfaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEnrollMfaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Turns MFA on with a first code from the authenticator app; returns the
     * ten one-time backup codes, shown only here.
     * </pre>
     */
    public com.rupaya.api.v1.ConfirmMfaResponse confirmMfa(com.rupaya.api.v1.ConfirmMfaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getConfirmMfaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Turns MFA off; needs the password and a current TOTP or backup code.
     * </pre>
     */
    public com.rupaya.api.v1.DisableMfaResponse disableMfa(com.rupaya.api.v1.DisableMfaRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDisableMfaMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Replaces all backup codes with ten new ones; needs a current TOTP code.
     * </pre>
     */
    public com.rupaya.api.v1.RegenerateBackupCodesResponse regenerateBackupCodes(com.rupaya.api.v1.RegenerateBackupCodesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRegenerateBackupCodesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's live sessions (one per signed-in device), newest first.
     * </pre>
     */
    public com.rupaya.api.v1.ListSessionsResponse listSessions(com.rupaya.api.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends one of the caller's sessions; another user's session is NOT_FOUND.
     * </pre>
     */
    public com.rupaya.api.v1.RevokeSessionResponse revokeSession(com.rupaya.api.v1.RevokeSessionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeSessionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Ends every session of the caller except the current one.
     * </pre>
     */
    public com.rupaya.api.v1.RevokeOtherSessionsResponse revokeOtherSessions(com.rupaya.api.v1.RevokeOtherSessionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRevokeOtherSessionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the password; needs the current one. Ends every other session.
     * </pre>
     */
    public com.rupaya.api.v1.ChangePasswordResponse changePassword(com.rupaya.api.v1.ChangePasswordRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getChangePasswordMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Marks the e-mail address a verification message was sent to as verified,
     * with the token from that message. An unknown, expired, already used token,
     * or one for an address the account no longer has or wants, is
     * UNAUTHENTICATED / TOKEN_INVALID. A change of address takes effect here.
     * </pre>
     */
    public com.rupaya.api.v1.VerifyEmailResponse verifyEmail(com.rupaya.api.v1.VerifyEmailRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getVerifyEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sends a new verification message to the caller's unverified address (or
     * to the address it is changing to); earlier tokens keep working until they
     * expire. A few per hour per account (RATE_LIMITED beyond). Sends nothing
     * when there is nothing to verify.
     * </pre>
     */
    public com.rupaya.api.v1.ResendVerificationEmailResponse resendVerificationEmail(com.rupaya.api.v1.ResendVerificationEmailRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResendVerificationEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Asks for a password-reset message. Answers the same (empty, OK) whether or
     * not the address has an account; a message goes only to a verified address
     * of an account. A few per hour per address (RATE_LIMITED beyond, for every
     * address alike).
     * </pre>
     */
    public com.rupaya.api.v1.RequestPasswordResetResponse requestPasswordReset(com.rupaya.api.v1.RequestPasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getRequestPasswordResetMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Sets a new password with the token from a reset message. With MFA on, a
     * current TOTP code or an unused backup code is required too
     * (FAILED_PRECONDITION / MFA_REQUIRED without one; a token allows 5 wrong
     * codes). Ends every session, clears sign-in lockouts.
     * </pre>
     */
    public com.rupaya.api.v1.ResetPasswordResponse resetPassword(com.rupaya.api.v1.ResetPasswordRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResetPasswordMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Starts a change of the sign-in address; needs the current password. The
     * new address gets a verification message and replaces the old one only
     * when verified (VerifyEmail); the old address (if verified) is told.
     * </pre>
     */
    public com.rupaya.api.v1.ChangeEmailResponse changeEmail(com.rupaya.api.v1.ChangeEmailRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getChangeEmailMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Who the bearer of this access token is: user, session and when the token
     * expires. Answered from the verified token and the live-session check alone,
     * with no database work: a cheap way for a client to check its token.
     * </pre>
     */
    public com.rupaya.api.v1.WhoAmIResponse whoAmI(com.rupaya.api.v1.WhoAmIRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getWhoAmIMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The public keys that verify access tokens (RFC 7517 JWK Set), one per
     * key id still accepted; also served by the gateway as /.well-known/jwks.json.
     * </pre>
     */
    public com.rupaya.api.v1.GetJwksResponse getJwks(com.rupaya.api.v1.GetJwksRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJwksMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Sign-up, sign-in and token lifecycle.
   * Access tokens are short-lived JWTs signed with an asymmetric key (header
   * `kid`); refresh tokens are opaque, stored hashed, and rotated on every use.
   * Presenting a refresh token that was already rotated revokes its session.
   * </pre>
   */
  public static final class AuthServiceFutureStub extends io.grpc.stub.AbstractFutureStub<AuthServiceFutureStub> {
    private AuthServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected AuthServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new AuthServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a user and signs it in on the calling device.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.SignUpResponse> signUp(
        com.rupaya.api.v1.SignUpRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignUpMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Exchanges e-mail and password for tokens. A wrong password, an unknown
     * e-mail and a locked account all get the same error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.SignInResponse> signIn(
        com.rupaya.api.v1.SignInRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignInMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Exchanges a refresh token for a new token pair; the presented refresh
     * token stops working.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.RefreshTokenResponse> refreshToken(
        com.rupaya.api.v1.RefreshTokenRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRefreshTokenMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends the caller's current session: its refresh token and access tokens
     * stop working.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.SignOutResponse> signOut(
        com.rupaya.api.v1.SignOutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSignOutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Completes a sign-in that answered `mfa_required` with a TOTP or backup
     * code; issues the tokens. A challenge allows 5 wrong codes.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CompleteMfaSignInResponse> completeMfaSignIn(
        com.rupaya.api.v1.CompleteMfaSignInRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCompleteMfaSignInMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts TOTP enrolment: a new secret as otpauth:// URI and QR code. MFA
     * is not on until ConfirmMfa; enrolling again replaces an unconfirmed secret.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.EnrollMfaResponse> enrollMfa(
        com.rupaya.api.v1.EnrollMfaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEnrollMfaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Turns MFA on with a first code from the authenticator app; returns the
     * ten one-time backup codes, shown only here.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ConfirmMfaResponse> confirmMfa(
        com.rupaya.api.v1.ConfirmMfaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getConfirmMfaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Turns MFA off; needs the password and a current TOTP or backup code.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DisableMfaResponse> disableMfa(
        com.rupaya.api.v1.DisableMfaRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDisableMfaMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Replaces all backup codes with ten new ones; needs a current TOTP code.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.RegenerateBackupCodesResponse> regenerateBackupCodes(
        com.rupaya.api.v1.RegenerateBackupCodesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRegenerateBackupCodesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the caller's live sessions (one per signed-in device), newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListSessionsResponse> listSessions(
        com.rupaya.api.v1.ListSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends one of the caller's sessions; another user's session is NOT_FOUND.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.RevokeSessionResponse> revokeSession(
        com.rupaya.api.v1.RevokeSessionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeSessionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Ends every session of the caller except the current one.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.RevokeOtherSessionsResponse> revokeOtherSessions(
        com.rupaya.api.v1.RevokeOtherSessionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRevokeOtherSessionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the password; needs the current one. Ends every other session.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ChangePasswordResponse> changePassword(
        com.rupaya.api.v1.ChangePasswordRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getChangePasswordMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Marks the e-mail address a verification message was sent to as verified,
     * with the token from that message. An unknown, expired, already used token,
     * or one for an address the account no longer has or wants, is
     * UNAUTHENTICATED / TOKEN_INVALID. A change of address takes effect here.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.VerifyEmailResponse> verifyEmail(
        com.rupaya.api.v1.VerifyEmailRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getVerifyEmailMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sends a new verification message to the caller's unverified address (or
     * to the address it is changing to); earlier tokens keep working until they
     * expire. A few per hour per account (RATE_LIMITED beyond). Sends nothing
     * when there is nothing to verify.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ResendVerificationEmailResponse> resendVerificationEmail(
        com.rupaya.api.v1.ResendVerificationEmailRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResendVerificationEmailMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Asks for a password-reset message. Answers the same (empty, OK) whether or
     * not the address has an account; a message goes only to a verified address
     * of an account. A few per hour per address (RATE_LIMITED beyond, for every
     * address alike).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.RequestPasswordResetResponse> requestPasswordReset(
        com.rupaya.api.v1.RequestPasswordResetRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getRequestPasswordResetMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Sets a new password with the token from a reset message. With MFA on, a
     * current TOTP code or an unused backup code is required too
     * (FAILED_PRECONDITION / MFA_REQUIRED without one; a token allows 5 wrong
     * codes). Ends every session, clears sign-in lockouts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ResetPasswordResponse> resetPassword(
        com.rupaya.api.v1.ResetPasswordRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResetPasswordMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Starts a change of the sign-in address; needs the current password. The
     * new address gets a verification message and replaces the old one only
     * when verified (VerifyEmail); the old address (if verified) is told.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ChangeEmailResponse> changeEmail(
        com.rupaya.api.v1.ChangeEmailRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getChangeEmailMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Who the bearer of this access token is: user, session and when the token
     * expires. Answered from the verified token and the live-session check alone,
     * with no database work: a cheap way for a client to check its token.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.WhoAmIResponse> whoAmI(
        com.rupaya.api.v1.WhoAmIRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getWhoAmIMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The public keys that verify access tokens (RFC 7517 JWK Set), one per
     * key id still accepted; also served by the gateway as /.well-known/jwks.json.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetJwksResponse> getJwks(
        com.rupaya.api.v1.GetJwksRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJwksMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_SIGN_UP = 0;
  private static final int METHODID_SIGN_IN = 1;
  private static final int METHODID_REFRESH_TOKEN = 2;
  private static final int METHODID_SIGN_OUT = 3;
  private static final int METHODID_COMPLETE_MFA_SIGN_IN = 4;
  private static final int METHODID_ENROLL_MFA = 5;
  private static final int METHODID_CONFIRM_MFA = 6;
  private static final int METHODID_DISABLE_MFA = 7;
  private static final int METHODID_REGENERATE_BACKUP_CODES = 8;
  private static final int METHODID_LIST_SESSIONS = 9;
  private static final int METHODID_REVOKE_SESSION = 10;
  private static final int METHODID_REVOKE_OTHER_SESSIONS = 11;
  private static final int METHODID_CHANGE_PASSWORD = 12;
  private static final int METHODID_VERIFY_EMAIL = 13;
  private static final int METHODID_RESEND_VERIFICATION_EMAIL = 14;
  private static final int METHODID_REQUEST_PASSWORD_RESET = 15;
  private static final int METHODID_RESET_PASSWORD = 16;
  private static final int METHODID_CHANGE_EMAIL = 17;
  private static final int METHODID_WHO_AM_I = 18;
  private static final int METHODID_GET_JWKS = 19;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AuthServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(AuthServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_SIGN_UP:
          serviceImpl.signUp((com.rupaya.api.v1.SignUpRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignUpResponse>) responseObserver);
          break;
        case METHODID_SIGN_IN:
          serviceImpl.signIn((com.rupaya.api.v1.SignInRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignInResponse>) responseObserver);
          break;
        case METHODID_REFRESH_TOKEN:
          serviceImpl.refreshToken((com.rupaya.api.v1.RefreshTokenRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.RefreshTokenResponse>) responseObserver);
          break;
        case METHODID_SIGN_OUT:
          serviceImpl.signOut((com.rupaya.api.v1.SignOutRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.SignOutResponse>) responseObserver);
          break;
        case METHODID_COMPLETE_MFA_SIGN_IN:
          serviceImpl.completeMfaSignIn((com.rupaya.api.v1.CompleteMfaSignInRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CompleteMfaSignInResponse>) responseObserver);
          break;
        case METHODID_ENROLL_MFA:
          serviceImpl.enrollMfa((com.rupaya.api.v1.EnrollMfaRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.EnrollMfaResponse>) responseObserver);
          break;
        case METHODID_CONFIRM_MFA:
          serviceImpl.confirmMfa((com.rupaya.api.v1.ConfirmMfaRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ConfirmMfaResponse>) responseObserver);
          break;
        case METHODID_DISABLE_MFA:
          serviceImpl.disableMfa((com.rupaya.api.v1.DisableMfaRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DisableMfaResponse>) responseObserver);
          break;
        case METHODID_REGENERATE_BACKUP_CODES:
          serviceImpl.regenerateBackupCodes((com.rupaya.api.v1.RegenerateBackupCodesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.RegenerateBackupCodesResponse>) responseObserver);
          break;
        case METHODID_LIST_SESSIONS:
          serviceImpl.listSessions((com.rupaya.api.v1.ListSessionsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSessionsResponse>) responseObserver);
          break;
        case METHODID_REVOKE_SESSION:
          serviceImpl.revokeSession((com.rupaya.api.v1.RevokeSessionRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeSessionResponse>) responseObserver);
          break;
        case METHODID_REVOKE_OTHER_SESSIONS:
          serviceImpl.revokeOtherSessions((com.rupaya.api.v1.RevokeOtherSessionsRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.RevokeOtherSessionsResponse>) responseObserver);
          break;
        case METHODID_CHANGE_PASSWORD:
          serviceImpl.changePassword((com.rupaya.api.v1.ChangePasswordRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangePasswordResponse>) responseObserver);
          break;
        case METHODID_VERIFY_EMAIL:
          serviceImpl.verifyEmail((com.rupaya.api.v1.VerifyEmailRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.VerifyEmailResponse>) responseObserver);
          break;
        case METHODID_RESEND_VERIFICATION_EMAIL:
          serviceImpl.resendVerificationEmail((com.rupaya.api.v1.ResendVerificationEmailRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResendVerificationEmailResponse>) responseObserver);
          break;
        case METHODID_REQUEST_PASSWORD_RESET:
          serviceImpl.requestPasswordReset((com.rupaya.api.v1.RequestPasswordResetRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.RequestPasswordResetResponse>) responseObserver);
          break;
        case METHODID_RESET_PASSWORD:
          serviceImpl.resetPassword((com.rupaya.api.v1.ResetPasswordRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ResetPasswordResponse>) responseObserver);
          break;
        case METHODID_CHANGE_EMAIL:
          serviceImpl.changeEmail((com.rupaya.api.v1.ChangeEmailRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ChangeEmailResponse>) responseObserver);
          break;
        case METHODID_WHO_AM_I:
          serviceImpl.whoAmI((com.rupaya.api.v1.WhoAmIRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.WhoAmIResponse>) responseObserver);
          break;
        case METHODID_GET_JWKS:
          serviceImpl.getJwks((com.rupaya.api.v1.GetJwksRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetJwksResponse>) responseObserver);
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

  private static abstract class AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    AuthServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.AuthProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("AuthService");
    }
  }

  private static final class AuthServiceFileDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier {
    AuthServiceFileDescriptorSupplier() {}
  }

  private static final class AuthServiceMethodDescriptorSupplier
      extends AuthServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    AuthServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (AuthServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new AuthServiceFileDescriptorSupplier())
              .addMethod(getSignUpMethod())
              .addMethod(getSignInMethod())
              .addMethod(getRefreshTokenMethod())
              .addMethod(getSignOutMethod())
              .addMethod(getCompleteMfaSignInMethod())
              .addMethod(getEnrollMfaMethod())
              .addMethod(getConfirmMfaMethod())
              .addMethod(getDisableMfaMethod())
              .addMethod(getRegenerateBackupCodesMethod())
              .addMethod(getListSessionsMethod())
              .addMethod(getRevokeSessionMethod())
              .addMethod(getRevokeOtherSessionsMethod())
              .addMethod(getChangePasswordMethod())
              .addMethod(getVerifyEmailMethod())
              .addMethod(getResendVerificationEmailMethod())
              .addMethod(getRequestPasswordResetMethod())
              .addMethod(getResetPasswordMethod())
              .addMethod(getChangeEmailMethod())
              .addMethod(getWhoAmIMethod())
              .addMethod(getGetJwksMethod())
              .build();
        }
      }
    }
    return result;
  }
}
