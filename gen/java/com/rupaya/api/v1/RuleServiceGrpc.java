package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Auto-categorisation rules: when a transaction's payee, description, amount
 * or account matches a rule's conditions, the rule sets its category, payee,
 * tags or notes. Rules run in `position` order on CreateTransaction (and on
 * statement import) and fill only the fields the client left empty: the
 * client's own values always win, and the first matching rule that sets a
 * field wins over later ones. Conditions look at the transaction as the
 * client sent it, so rules do not feed each other. Regular expressions have
 * RE2 semantics (linear time, no backreferences or lookaround).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/rules.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class RuleServiceGrpc {

  private RuleServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.RuleService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateRuleRequest,
      com.rupaya.api.v1.CreateRuleResponse> getCreateRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateRule",
      requestType = com.rupaya.api.v1.CreateRuleRequest.class,
      responseType = com.rupaya.api.v1.CreateRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateRuleRequest,
      com.rupaya.api.v1.CreateRuleResponse> getCreateRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateRuleRequest, com.rupaya.api.v1.CreateRuleResponse> getCreateRuleMethod;
    if ((getCreateRuleMethod = RuleServiceGrpc.getCreateRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getCreateRuleMethod = RuleServiceGrpc.getCreateRuleMethod) == null) {
          RuleServiceGrpc.getCreateRuleMethod = getCreateRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateRuleRequest, com.rupaya.api.v1.CreateRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CreateRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.CreateRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("CreateRule"))
              .build();
        }
      }
    }
    return getCreateRuleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetRuleRequest,
      com.rupaya.api.v1.GetRuleResponse> getGetRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetRule",
      requestType = com.rupaya.api.v1.GetRuleRequest.class,
      responseType = com.rupaya.api.v1.GetRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetRuleRequest,
      com.rupaya.api.v1.GetRuleResponse> getGetRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetRuleRequest, com.rupaya.api.v1.GetRuleResponse> getGetRuleMethod;
    if ((getGetRuleMethod = RuleServiceGrpc.getGetRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getGetRuleMethod = RuleServiceGrpc.getGetRuleMethod) == null) {
          RuleServiceGrpc.getGetRuleMethod = getGetRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetRuleRequest, com.rupaya.api.v1.GetRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.GetRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("GetRule"))
              .build();
        }
      }
    }
    return getGetRuleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListRulesRequest,
      com.rupaya.api.v1.ListRulesResponse> getListRulesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListRules",
      requestType = com.rupaya.api.v1.ListRulesRequest.class,
      responseType = com.rupaya.api.v1.ListRulesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListRulesRequest,
      com.rupaya.api.v1.ListRulesResponse> getListRulesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListRulesRequest, com.rupaya.api.v1.ListRulesResponse> getListRulesMethod;
    if ((getListRulesMethod = RuleServiceGrpc.getListRulesMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getListRulesMethod = RuleServiceGrpc.getListRulesMethod) == null) {
          RuleServiceGrpc.getListRulesMethod = getListRulesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListRulesRequest, com.rupaya.api.v1.ListRulesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListRules"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListRulesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ListRulesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("ListRules"))
              .build();
        }
      }
    }
    return getListRulesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateRuleRequest,
      com.rupaya.api.v1.UpdateRuleResponse> getUpdateRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateRule",
      requestType = com.rupaya.api.v1.UpdateRuleRequest.class,
      responseType = com.rupaya.api.v1.UpdateRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateRuleRequest,
      com.rupaya.api.v1.UpdateRuleResponse> getUpdateRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateRuleRequest, com.rupaya.api.v1.UpdateRuleResponse> getUpdateRuleMethod;
    if ((getUpdateRuleMethod = RuleServiceGrpc.getUpdateRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getUpdateRuleMethod = RuleServiceGrpc.getUpdateRuleMethod) == null) {
          RuleServiceGrpc.getUpdateRuleMethod = getUpdateRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateRuleRequest, com.rupaya.api.v1.UpdateRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UpdateRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.UpdateRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("UpdateRule"))
              .build();
        }
      }
    }
    return getUpdateRuleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteRuleRequest,
      com.rupaya.api.v1.DeleteRuleResponse> getDeleteRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteRule",
      requestType = com.rupaya.api.v1.DeleteRuleRequest.class,
      responseType = com.rupaya.api.v1.DeleteRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteRuleRequest,
      com.rupaya.api.v1.DeleteRuleResponse> getDeleteRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteRuleRequest, com.rupaya.api.v1.DeleteRuleResponse> getDeleteRuleMethod;
    if ((getDeleteRuleMethod = RuleServiceGrpc.getDeleteRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getDeleteRuleMethod = RuleServiceGrpc.getDeleteRuleMethod) == null) {
          RuleServiceGrpc.getDeleteRuleMethod = getDeleteRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteRuleRequest, com.rupaya.api.v1.DeleteRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.DeleteRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("DeleteRule"))
              .build();
        }
      }
    }
    return getDeleteRuleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.PreviewRuleRequest,
      com.rupaya.api.v1.PreviewRuleResponse> getPreviewRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PreviewRule",
      requestType = com.rupaya.api.v1.PreviewRuleRequest.class,
      responseType = com.rupaya.api.v1.PreviewRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.PreviewRuleRequest,
      com.rupaya.api.v1.PreviewRuleResponse> getPreviewRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.PreviewRuleRequest, com.rupaya.api.v1.PreviewRuleResponse> getPreviewRuleMethod;
    if ((getPreviewRuleMethod = RuleServiceGrpc.getPreviewRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getPreviewRuleMethod = RuleServiceGrpc.getPreviewRuleMethod) == null) {
          RuleServiceGrpc.getPreviewRuleMethod = getPreviewRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.PreviewRuleRequest, com.rupaya.api.v1.PreviewRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PreviewRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.PreviewRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.PreviewRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("PreviewRule"))
              .build();
        }
      }
    }
    return getPreviewRuleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ApplyRuleRequest,
      com.rupaya.api.v1.ApplyRuleResponse> getApplyRuleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ApplyRule",
      requestType = com.rupaya.api.v1.ApplyRuleRequest.class,
      responseType = com.rupaya.api.v1.ApplyRuleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ApplyRuleRequest,
      com.rupaya.api.v1.ApplyRuleResponse> getApplyRuleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ApplyRuleRequest, com.rupaya.api.v1.ApplyRuleResponse> getApplyRuleMethod;
    if ((getApplyRuleMethod = RuleServiceGrpc.getApplyRuleMethod) == null) {
      synchronized (RuleServiceGrpc.class) {
        if ((getApplyRuleMethod = RuleServiceGrpc.getApplyRuleMethod) == null) {
          RuleServiceGrpc.getApplyRuleMethod = getApplyRuleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ApplyRuleRequest, com.rupaya.api.v1.ApplyRuleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ApplyRule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ApplyRuleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  com.rupaya.api.v1.ApplyRuleResponse.getDefaultInstance()))
              .setSchemaDescriptor(new RuleServiceMethodDescriptorSupplier("ApplyRule"))
              .build();
        }
      }
    }
    return getApplyRuleMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static RuleServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RuleServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RuleServiceStub>() {
        @java.lang.Override
        public RuleServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RuleServiceStub(channel, callOptions);
        }
      };
    return RuleServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static RuleServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RuleServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RuleServiceBlockingStub>() {
        @java.lang.Override
        public RuleServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RuleServiceBlockingStub(channel, callOptions);
        }
      };
    return RuleServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static RuleServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<RuleServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<RuleServiceFutureStub>() {
        @java.lang.Override
        public RuleServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new RuleServiceFutureStub(channel, callOptions);
        }
      };
    return RuleServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Auto-categorisation rules: when a transaction's payee, description, amount
   * or account matches a rule's conditions, the rule sets its category, payee,
   * tags or notes. Rules run in `position` order on CreateTransaction (and on
   * statement import) and fill only the fields the client left empty: the
   * client's own values always win, and the first matching rule that sets a
   * field wins over later ones. Conditions look at the transaction as the
   * client sent it, so rules do not feed each other. Regular expressions have
   * RE2 semantics (linear time, no backreferences or lookaround).
   * </pre>
   */
  public static abstract class RuleServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a rule at `position` (0: last). Idempotent on `request_id`.
     * </pre>
     */
    public void createRule(com.rupaya.api.v1.CreateRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateRuleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one of the caller's rules.
     * </pre>
     */
    public void getRule(com.rupaya.api.v1.GetRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetRuleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's rules in the order they run (by `position`).
     * </pre>
     */
    public void listRules(com.rupaya.api.v1.ListRulesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListRulesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListRulesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`. Path `position` moves the rule
     * (the rules between its old and new place shift by one, and get new etags).
     * </pre>
     */
    public void updateRule(com.rupaya.api.v1.UpdateRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateRuleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a rule; the rules after it move up one place.
     * </pre>
     */
    public void deleteRule(com.rupaya.api.v1.DeleteRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteRuleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Which of the caller's live transactions a rule (saved, or given inline)
     * would change, and how. Changes nothing. Each call examines at most a
     * bounded number of transactions (newest first), so a page may hold fewer
     * than `page_size` changes, or none, and still have a `next_page_token`.
     * </pre>
     */
    public void previewRule(com.rupaya.api.v1.PreviewRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.PreviewRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPreviewRuleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Applies a saved rule to the caller's live transactions: what PreviewRule
     * lists, changed through the ledger's update path in bounded batches (each
     * changed transaction gets a new etag and a change in the sync feed). Each
     * transaction is re-read under its row lock before it changes, so a
     * concurrent edit is never lost. Idempotent on `request_id`: a retry
     * returns the first call's counts and changes nothing. Recorded in the
     * audit trail (AUDIT_ACTION_RULE_APPLIED) with its counts.
     * </pre>
     */
    public void applyRule(com.rupaya.api.v1.ApplyRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ApplyRuleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getApplyRuleMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateRuleRequest,
                com.rupaya.api.v1.CreateRuleResponse>(
                  this, METHODID_CREATE_RULE)))
          .addMethod(
            getGetRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetRuleRequest,
                com.rupaya.api.v1.GetRuleResponse>(
                  this, METHODID_GET_RULE)))
          .addMethod(
            getListRulesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListRulesRequest,
                com.rupaya.api.v1.ListRulesResponse>(
                  this, METHODID_LIST_RULES)))
          .addMethod(
            getUpdateRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateRuleRequest,
                com.rupaya.api.v1.UpdateRuleResponse>(
                  this, METHODID_UPDATE_RULE)))
          .addMethod(
            getDeleteRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteRuleRequest,
                com.rupaya.api.v1.DeleteRuleResponse>(
                  this, METHODID_DELETE_RULE)))
          .addMethod(
            getPreviewRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.PreviewRuleRequest,
                com.rupaya.api.v1.PreviewRuleResponse>(
                  this, METHODID_PREVIEW_RULE)))
          .addMethod(
            getApplyRuleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ApplyRuleRequest,
                com.rupaya.api.v1.ApplyRuleResponse>(
                  this, METHODID_APPLY_RULE)))
          .build();
    }
  }

  /**
   * <pre>
   * Auto-categorisation rules: when a transaction's payee, description, amount
   * or account matches a rule's conditions, the rule sets its category, payee,
   * tags or notes. Rules run in `position` order on CreateTransaction (and on
   * statement import) and fill only the fields the client left empty: the
   * client's own values always win, and the first matching rule that sets a
   * field wins over later ones. Conditions look at the transaction as the
   * client sent it, so rules do not feed each other. Regular expressions have
   * RE2 semantics (linear time, no backreferences or lookaround).
   * </pre>
   */
  public static final class RuleServiceStub extends io.grpc.stub.AbstractAsyncStub<RuleServiceStub> {
    private RuleServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RuleServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RuleServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a rule at `position` (0: last). Idempotent on `request_id`.
     * </pre>
     */
    public void createRule(com.rupaya.api.v1.CreateRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateRuleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one of the caller's rules.
     * </pre>
     */
    public void getRule(com.rupaya.api.v1.GetRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetRuleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists the caller's rules in the order they run (by `position`).
     * </pre>
     */
    public void listRules(com.rupaya.api.v1.ListRulesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListRulesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListRulesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`. Path `position` moves the rule
     * (the rules between its old and new place shift by one, and get new etags).
     * </pre>
     */
    public void updateRule(com.rupaya.api.v1.UpdateRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateRuleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a rule; the rules after it move up one place.
     * </pre>
     */
    public void deleteRule(com.rupaya.api.v1.DeleteRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteRuleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Which of the caller's live transactions a rule (saved, or given inline)
     * would change, and how. Changes nothing. Each call examines at most a
     * bounded number of transactions (newest first), so a page may hold fewer
     * than `page_size` changes, or none, and still have a `next_page_token`.
     * </pre>
     */
    public void previewRule(com.rupaya.api.v1.PreviewRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.PreviewRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPreviewRuleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Applies a saved rule to the caller's live transactions: what PreviewRule
     * lists, changed through the ledger's update path in bounded batches (each
     * changed transaction gets a new etag and a change in the sync feed). Each
     * transaction is re-read under its row lock before it changes, so a
     * concurrent edit is never lost. Idempotent on `request_id`: a retry
     * returns the first call's counts and changes nothing. Recorded in the
     * audit trail (AUDIT_ACTION_RULE_APPLIED) with its counts.
     * </pre>
     */
    public void applyRule(com.rupaya.api.v1.ApplyRuleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ApplyRuleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getApplyRuleMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Auto-categorisation rules: when a transaction's payee, description, amount
   * or account matches a rule's conditions, the rule sets its category, payee,
   * tags or notes. Rules run in `position` order on CreateTransaction (and on
   * statement import) and fill only the fields the client left empty: the
   * client's own values always win, and the first matching rule that sets a
   * field wins over later ones. Conditions look at the transaction as the
   * client sent it, so rules do not feed each other. Regular expressions have
   * RE2 semantics (linear time, no backreferences or lookaround).
   * </pre>
   */
  public static final class RuleServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<RuleServiceBlockingStub> {
    private RuleServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RuleServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RuleServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a rule at `position` (0: last). Idempotent on `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.CreateRuleResponse createRule(com.rupaya.api.v1.CreateRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateRuleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one of the caller's rules.
     * </pre>
     */
    public com.rupaya.api.v1.GetRuleResponse getRule(com.rupaya.api.v1.GetRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetRuleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists the caller's rules in the order they run (by `position`).
     * </pre>
     */
    public com.rupaya.api.v1.ListRulesResponse listRules(com.rupaya.api.v1.ListRulesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListRulesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`. Path `position` moves the rule
     * (the rules between its old and new place shift by one, and get new etags).
     * </pre>
     */
    public com.rupaya.api.v1.UpdateRuleResponse updateRule(com.rupaya.api.v1.UpdateRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateRuleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a rule; the rules after it move up one place.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteRuleResponse deleteRule(com.rupaya.api.v1.DeleteRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteRuleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Which of the caller's live transactions a rule (saved, or given inline)
     * would change, and how. Changes nothing. Each call examines at most a
     * bounded number of transactions (newest first), so a page may hold fewer
     * than `page_size` changes, or none, and still have a `next_page_token`.
     * </pre>
     */
    public com.rupaya.api.v1.PreviewRuleResponse previewRule(com.rupaya.api.v1.PreviewRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPreviewRuleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Applies a saved rule to the caller's live transactions: what PreviewRule
     * lists, changed through the ledger's update path in bounded batches (each
     * changed transaction gets a new etag and a change in the sync feed). Each
     * transaction is re-read under its row lock before it changes, so a
     * concurrent edit is never lost. Idempotent on `request_id`: a retry
     * returns the first call's counts and changes nothing. Recorded in the
     * audit trail (AUDIT_ACTION_RULE_APPLIED) with its counts.
     * </pre>
     */
    public com.rupaya.api.v1.ApplyRuleResponse applyRule(com.rupaya.api.v1.ApplyRuleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getApplyRuleMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Auto-categorisation rules: when a transaction's payee, description, amount
   * or account matches a rule's conditions, the rule sets its category, payee,
   * tags or notes. Rules run in `position` order on CreateTransaction (and on
   * statement import) and fill only the fields the client left empty: the
   * client's own values always win, and the first matching rule that sets a
   * field wins over later ones. Conditions look at the transaction as the
   * client sent it, so rules do not feed each other. Regular expressions have
   * RE2 semantics (linear time, no backreferences or lookaround).
   * </pre>
   */
  public static final class RuleServiceFutureStub extends io.grpc.stub.AbstractFutureStub<RuleServiceFutureStub> {
    private RuleServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected RuleServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new RuleServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a rule at `position` (0: last). Idempotent on `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateRuleResponse> createRule(
        com.rupaya.api.v1.CreateRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateRuleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one of the caller's rules.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetRuleResponse> getRule(
        com.rupaya.api.v1.GetRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetRuleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists the caller's rules in the order they run (by `position`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListRulesResponse> listRules(
        com.rupaya.api.v1.ListRulesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListRulesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`. Path `position` moves the rule
     * (the rules between its old and new place shift by one, and get new etags).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateRuleResponse> updateRule(
        com.rupaya.api.v1.UpdateRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateRuleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a rule; the rules after it move up one place.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteRuleResponse> deleteRule(
        com.rupaya.api.v1.DeleteRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteRuleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Which of the caller's live transactions a rule (saved, or given inline)
     * would change, and how. Changes nothing. Each call examines at most a
     * bounded number of transactions (newest first), so a page may hold fewer
     * than `page_size` changes, or none, and still have a `next_page_token`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.PreviewRuleResponse> previewRule(
        com.rupaya.api.v1.PreviewRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPreviewRuleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Applies a saved rule to the caller's live transactions: what PreviewRule
     * lists, changed through the ledger's update path in bounded batches (each
     * changed transaction gets a new etag and a change in the sync feed). Each
     * transaction is re-read under its row lock before it changes, so a
     * concurrent edit is never lost. Idempotent on `request_id`: a retry
     * returns the first call's counts and changes nothing. Recorded in the
     * audit trail (AUDIT_ACTION_RULE_APPLIED) with its counts.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ApplyRuleResponse> applyRule(
        com.rupaya.api.v1.ApplyRuleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getApplyRuleMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_RULE = 0;
  private static final int METHODID_GET_RULE = 1;
  private static final int METHODID_LIST_RULES = 2;
  private static final int METHODID_UPDATE_RULE = 3;
  private static final int METHODID_DELETE_RULE = 4;
  private static final int METHODID_PREVIEW_RULE = 5;
  private static final int METHODID_APPLY_RULE = 6;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final RuleServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(RuleServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_RULE:
          serviceImpl.createRule((com.rupaya.api.v1.CreateRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateRuleResponse>) responseObserver);
          break;
        case METHODID_GET_RULE:
          serviceImpl.getRule((com.rupaya.api.v1.GetRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetRuleResponse>) responseObserver);
          break;
        case METHODID_LIST_RULES:
          serviceImpl.listRules((com.rupaya.api.v1.ListRulesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListRulesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_RULE:
          serviceImpl.updateRule((com.rupaya.api.v1.UpdateRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateRuleResponse>) responseObserver);
          break;
        case METHODID_DELETE_RULE:
          serviceImpl.deleteRule((com.rupaya.api.v1.DeleteRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteRuleResponse>) responseObserver);
          break;
        case METHODID_PREVIEW_RULE:
          serviceImpl.previewRule((com.rupaya.api.v1.PreviewRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.PreviewRuleResponse>) responseObserver);
          break;
        case METHODID_APPLY_RULE:
          serviceImpl.applyRule((com.rupaya.api.v1.ApplyRuleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ApplyRuleResponse>) responseObserver);
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

  private static abstract class RuleServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    RuleServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return com.rupaya.api.v1.RulesProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("RuleService");
    }
  }

  private static final class RuleServiceFileDescriptorSupplier
      extends RuleServiceBaseDescriptorSupplier {
    RuleServiceFileDescriptorSupplier() {}
  }

  private static final class RuleServiceMethodDescriptorSupplier
      extends RuleServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final String methodName;

    RuleServiceMethodDescriptorSupplier(String methodName) {
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
      synchronized (RuleServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new RuleServiceFileDescriptorSupplier())
              .addMethod(getCreateRuleMethod())
              .addMethod(getGetRuleMethod())
              .addMethod(getListRulesMethod())
              .addMethod(getUpdateRuleMethod())
              .addMethod(getDeleteRuleMethod())
              .addMethod(getPreviewRuleMethod())
              .addMethod(getApplyRuleMethod())
              .build();
        }
      }
    }
    return result;
  }
}
