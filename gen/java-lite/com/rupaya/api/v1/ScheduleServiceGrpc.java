package com.rupaya.api.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * Recurring income, expenses and transfers. The server posts each due
 * occurrence exactly once, through the same ledger write as CreateTransaction
 * (overdraft rule, balances, change feed), also with several replicas and
 * after downtime (late occurrences are posted as catch-up). An occurrence that
 * cannot post is recorded as FAILED with its reason and not retried by itself.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler",
    comments = "Source: rupaya/v1/schedules.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ScheduleServiceGrpc {

  private ScheduleServiceGrpc() {}

  public static final String SERVICE_NAME = "rupaya.v1.ScheduleService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateScheduleRequest,
      com.rupaya.api.v1.CreateScheduleResponse> getCreateScheduleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSchedule",
      requestType = com.rupaya.api.v1.CreateScheduleRequest.class,
      responseType = com.rupaya.api.v1.CreateScheduleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateScheduleRequest,
      com.rupaya.api.v1.CreateScheduleResponse> getCreateScheduleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.CreateScheduleRequest, com.rupaya.api.v1.CreateScheduleResponse> getCreateScheduleMethod;
    if ((getCreateScheduleMethod = ScheduleServiceGrpc.getCreateScheduleMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getCreateScheduleMethod = ScheduleServiceGrpc.getCreateScheduleMethod) == null) {
          ScheduleServiceGrpc.getCreateScheduleMethod = getCreateScheduleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.CreateScheduleRequest, com.rupaya.api.v1.CreateScheduleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSchedule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateScheduleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.CreateScheduleResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getCreateScheduleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.GetScheduleRequest,
      com.rupaya.api.v1.GetScheduleResponse> getGetScheduleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSchedule",
      requestType = com.rupaya.api.v1.GetScheduleRequest.class,
      responseType = com.rupaya.api.v1.GetScheduleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.GetScheduleRequest,
      com.rupaya.api.v1.GetScheduleResponse> getGetScheduleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.GetScheduleRequest, com.rupaya.api.v1.GetScheduleResponse> getGetScheduleMethod;
    if ((getGetScheduleMethod = ScheduleServiceGrpc.getGetScheduleMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getGetScheduleMethod = ScheduleServiceGrpc.getGetScheduleMethod) == null) {
          ScheduleServiceGrpc.getGetScheduleMethod = getGetScheduleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.GetScheduleRequest, com.rupaya.api.v1.GetScheduleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSchedule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetScheduleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.GetScheduleResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getGetScheduleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSchedulesRequest,
      com.rupaya.api.v1.ListSchedulesResponse> getListSchedulesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListSchedules",
      requestType = com.rupaya.api.v1.ListSchedulesRequest.class,
      responseType = com.rupaya.api.v1.ListSchedulesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSchedulesRequest,
      com.rupaya.api.v1.ListSchedulesResponse> getListSchedulesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListSchedulesRequest, com.rupaya.api.v1.ListSchedulesResponse> getListSchedulesMethod;
    if ((getListSchedulesMethod = ScheduleServiceGrpc.getListSchedulesMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getListSchedulesMethod = ScheduleServiceGrpc.getListSchedulesMethod) == null) {
          ScheduleServiceGrpc.getListSchedulesMethod = getListSchedulesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListSchedulesRequest, com.rupaya.api.v1.ListSchedulesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListSchedules"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListSchedulesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListSchedulesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListSchedulesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateScheduleRequest,
      com.rupaya.api.v1.UpdateScheduleResponse> getUpdateScheduleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UpdateSchedule",
      requestType = com.rupaya.api.v1.UpdateScheduleRequest.class,
      responseType = com.rupaya.api.v1.UpdateScheduleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateScheduleRequest,
      com.rupaya.api.v1.UpdateScheduleResponse> getUpdateScheduleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.UpdateScheduleRequest, com.rupaya.api.v1.UpdateScheduleResponse> getUpdateScheduleMethod;
    if ((getUpdateScheduleMethod = ScheduleServiceGrpc.getUpdateScheduleMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getUpdateScheduleMethod = ScheduleServiceGrpc.getUpdateScheduleMethod) == null) {
          ScheduleServiceGrpc.getUpdateScheduleMethod = getUpdateScheduleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.UpdateScheduleRequest, com.rupaya.api.v1.UpdateScheduleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UpdateSchedule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateScheduleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.UpdateScheduleResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getUpdateScheduleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteScheduleRequest,
      com.rupaya.api.v1.DeleteScheduleResponse> getDeleteScheduleMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteSchedule",
      requestType = com.rupaya.api.v1.DeleteScheduleRequest.class,
      responseType = com.rupaya.api.v1.DeleteScheduleResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteScheduleRequest,
      com.rupaya.api.v1.DeleteScheduleResponse> getDeleteScheduleMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.DeleteScheduleRequest, com.rupaya.api.v1.DeleteScheduleResponse> getDeleteScheduleMethod;
    if ((getDeleteScheduleMethod = ScheduleServiceGrpc.getDeleteScheduleMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getDeleteScheduleMethod = ScheduleServiceGrpc.getDeleteScheduleMethod) == null) {
          ScheduleServiceGrpc.getDeleteScheduleMethod = getDeleteScheduleMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.DeleteScheduleRequest, com.rupaya.api.v1.DeleteScheduleResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteSchedule"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteScheduleRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.DeleteScheduleResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getDeleteScheduleMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListUpcomingOccurrencesRequest,
      com.rupaya.api.v1.ListUpcomingOccurrencesResponse> getListUpcomingOccurrencesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListUpcomingOccurrences",
      requestType = com.rupaya.api.v1.ListUpcomingOccurrencesRequest.class,
      responseType = com.rupaya.api.v1.ListUpcomingOccurrencesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListUpcomingOccurrencesRequest,
      com.rupaya.api.v1.ListUpcomingOccurrencesResponse> getListUpcomingOccurrencesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListUpcomingOccurrencesRequest, com.rupaya.api.v1.ListUpcomingOccurrencesResponse> getListUpcomingOccurrencesMethod;
    if ((getListUpcomingOccurrencesMethod = ScheduleServiceGrpc.getListUpcomingOccurrencesMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getListUpcomingOccurrencesMethod = ScheduleServiceGrpc.getListUpcomingOccurrencesMethod) == null) {
          ScheduleServiceGrpc.getListUpcomingOccurrencesMethod = getListUpcomingOccurrencesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListUpcomingOccurrencesRequest, com.rupaya.api.v1.ListUpcomingOccurrencesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListUpcomingOccurrences"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListUpcomingOccurrencesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListUpcomingOccurrencesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListUpcomingOccurrencesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.ListOccurrencesRequest,
      com.rupaya.api.v1.ListOccurrencesResponse> getListOccurrencesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListOccurrences",
      requestType = com.rupaya.api.v1.ListOccurrencesRequest.class,
      responseType = com.rupaya.api.v1.ListOccurrencesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.ListOccurrencesRequest,
      com.rupaya.api.v1.ListOccurrencesResponse> getListOccurrencesMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.ListOccurrencesRequest, com.rupaya.api.v1.ListOccurrencesResponse> getListOccurrencesMethod;
    if ((getListOccurrencesMethod = ScheduleServiceGrpc.getListOccurrencesMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getListOccurrencesMethod = ScheduleServiceGrpc.getListOccurrencesMethod) == null) {
          ScheduleServiceGrpc.getListOccurrencesMethod = getListOccurrencesMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.ListOccurrencesRequest, com.rupaya.api.v1.ListOccurrencesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListOccurrences"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListOccurrencesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.ListOccurrencesResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getListOccurrencesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.SkipOccurrenceRequest,
      com.rupaya.api.v1.SkipOccurrenceResponse> getSkipOccurrenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SkipOccurrence",
      requestType = com.rupaya.api.v1.SkipOccurrenceRequest.class,
      responseType = com.rupaya.api.v1.SkipOccurrenceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.SkipOccurrenceRequest,
      com.rupaya.api.v1.SkipOccurrenceResponse> getSkipOccurrenceMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.SkipOccurrenceRequest, com.rupaya.api.v1.SkipOccurrenceResponse> getSkipOccurrenceMethod;
    if ((getSkipOccurrenceMethod = ScheduleServiceGrpc.getSkipOccurrenceMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getSkipOccurrenceMethod = ScheduleServiceGrpc.getSkipOccurrenceMethod) == null) {
          ScheduleServiceGrpc.getSkipOccurrenceMethod = getSkipOccurrenceMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.SkipOccurrenceRequest, com.rupaya.api.v1.SkipOccurrenceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SkipOccurrence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.SkipOccurrenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.SkipOccurrenceResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getSkipOccurrenceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.MoveOccurrenceRequest,
      com.rupaya.api.v1.MoveOccurrenceResponse> getMoveOccurrenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "MoveOccurrence",
      requestType = com.rupaya.api.v1.MoveOccurrenceRequest.class,
      responseType = com.rupaya.api.v1.MoveOccurrenceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.MoveOccurrenceRequest,
      com.rupaya.api.v1.MoveOccurrenceResponse> getMoveOccurrenceMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.MoveOccurrenceRequest, com.rupaya.api.v1.MoveOccurrenceResponse> getMoveOccurrenceMethod;
    if ((getMoveOccurrenceMethod = ScheduleServiceGrpc.getMoveOccurrenceMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getMoveOccurrenceMethod = ScheduleServiceGrpc.getMoveOccurrenceMethod) == null) {
          ScheduleServiceGrpc.getMoveOccurrenceMethod = getMoveOccurrenceMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.MoveOccurrenceRequest, com.rupaya.api.v1.MoveOccurrenceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "MoveOccurrence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.MoveOccurrenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.MoveOccurrenceResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getMoveOccurrenceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.EditOccurrenceRequest,
      com.rupaya.api.v1.EditOccurrenceResponse> getEditOccurrenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "EditOccurrence",
      requestType = com.rupaya.api.v1.EditOccurrenceRequest.class,
      responseType = com.rupaya.api.v1.EditOccurrenceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.EditOccurrenceRequest,
      com.rupaya.api.v1.EditOccurrenceResponse> getEditOccurrenceMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.EditOccurrenceRequest, com.rupaya.api.v1.EditOccurrenceResponse> getEditOccurrenceMethod;
    if ((getEditOccurrenceMethod = ScheduleServiceGrpc.getEditOccurrenceMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getEditOccurrenceMethod = ScheduleServiceGrpc.getEditOccurrenceMethod) == null) {
          ScheduleServiceGrpc.getEditOccurrenceMethod = getEditOccurrenceMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.EditOccurrenceRequest, com.rupaya.api.v1.EditOccurrenceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "EditOccurrence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.EditOccurrenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.EditOccurrenceResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getEditOccurrenceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<com.rupaya.api.v1.PostOccurrenceRequest,
      com.rupaya.api.v1.PostOccurrenceResponse> getPostOccurrenceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PostOccurrence",
      requestType = com.rupaya.api.v1.PostOccurrenceRequest.class,
      responseType = com.rupaya.api.v1.PostOccurrenceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<com.rupaya.api.v1.PostOccurrenceRequest,
      com.rupaya.api.v1.PostOccurrenceResponse> getPostOccurrenceMethod() {
    io.grpc.MethodDescriptor<com.rupaya.api.v1.PostOccurrenceRequest, com.rupaya.api.v1.PostOccurrenceResponse> getPostOccurrenceMethod;
    if ((getPostOccurrenceMethod = ScheduleServiceGrpc.getPostOccurrenceMethod) == null) {
      synchronized (ScheduleServiceGrpc.class) {
        if ((getPostOccurrenceMethod = ScheduleServiceGrpc.getPostOccurrenceMethod) == null) {
          ScheduleServiceGrpc.getPostOccurrenceMethod = getPostOccurrenceMethod =
              io.grpc.MethodDescriptor.<com.rupaya.api.v1.PostOccurrenceRequest, com.rupaya.api.v1.PostOccurrenceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PostOccurrence"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.PostOccurrenceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.lite.ProtoLiteUtils.marshaller(
                  com.rupaya.api.v1.PostOccurrenceResponse.getDefaultInstance()))
              .build();
        }
      }
    }
    return getPostOccurrenceMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ScheduleServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceStub>() {
        @java.lang.Override
        public ScheduleServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScheduleServiceStub(channel, callOptions);
        }
      };
    return ScheduleServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ScheduleServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceBlockingStub>() {
        @java.lang.Override
        public ScheduleServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScheduleServiceBlockingStub(channel, callOptions);
        }
      };
    return ScheduleServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ScheduleServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ScheduleServiceFutureStub>() {
        @java.lang.Override
        public ScheduleServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ScheduleServiceFutureStub(channel, callOptions);
        }
      };
    return ScheduleServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * Recurring income, expenses and transfers. The server posts each due
   * occurrence exactly once, through the same ledger write as CreateTransaction
   * (overdraft rule, balances, change feed), also with several replicas and
   * after downtime (late occurrences are posted as catch-up). An occurrence that
   * cannot post is recorded as FAILED with its reason and not retried by itself.
   * </pre>
   */
  public static abstract class ScheduleServiceImplBase implements io.grpc.BindableService {

    /**
     * <pre>
     * Creates a schedule. Idempotent on `request_id`.
     * </pre>
     */
    public void createSchedule(com.rupaya.api.v1.CreateScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateScheduleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateScheduleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Returns one schedule.
     * </pre>
     */
    public void getSchedule(com.rupaya.api.v1.GetScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetScheduleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetScheduleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Lists schedules, oldest first, keyset-paginated.
     * </pre>
     */
    public void listSchedules(com.rupaya.api.v1.ListSchedulesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSchedulesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListSchedulesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; the rule itself is immutable.
     * </pre>
     */
    public void updateSchedule(com.rupaya.api.v1.UpdateScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateScheduleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUpdateScheduleMethod(), responseObserver);
    }

    /**
     * <pre>
     * Deletes a schedule and its unposted occurrences (posted transactions stay); recorded in the audit trail.
     * </pre>
     */
    public void deleteSchedule(com.rupaya.api.v1.DeleteScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteScheduleResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteScheduleMethod(), responseObserver);
    }

    /**
     * <pre>
     * The occurrences of the next 90 days (a bills-due view) with their per-occurrence changes, plus overdue ones awaiting review, by date.
     * </pre>
     */
    public void listUpcomingOccurrences(com.rupaya.api.v1.ListUpcomingOccurrencesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListUpcomingOccurrencesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListUpcomingOccurrencesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Occurrences that were handled (posted, skipped, failed) or await review, newest first.
     * </pre>
     */
    public void listOccurrences(com.rupaya.api.v1.ListOccurrencesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListOccurrencesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListOccurrencesMethod(), responseObserver);
    }

    /**
     * <pre>
     * Skips one occurrence: it will not post.
     * </pre>
     */
    public void skipOccurrence(com.rupaya.api.v1.SkipOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SkipOccurrenceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSkipOccurrenceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Moves one occurrence to another date; it posts on that date.
     * </pre>
     */
    public void moveOccurrence(com.rupaya.api.v1.MoveOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.MoveOccurrenceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getMoveOccurrenceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Changes the amount or texts of one occurrence.
     * </pre>
     */
    public void editOccurrence(com.rupaya.api.v1.EditOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.EditOccurrenceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getEditOccurrenceMethod(), responseObserver);
    }

    /**
     * <pre>
     * Posts one occurrence now: one awaiting review, an upcoming one of a needs-review schedule, or a FAILED one (a retry once the cause is fixed).
     * </pre>
     */
    public void postOccurrence(com.rupaya.api.v1.PostOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.PostOccurrenceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPostOccurrenceMethod(), responseObserver);
    }

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
          .addMethod(
            getCreateScheduleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.CreateScheduleRequest,
                com.rupaya.api.v1.CreateScheduleResponse>(
                  this, METHODID_CREATE_SCHEDULE)))
          .addMethod(
            getGetScheduleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.GetScheduleRequest,
                com.rupaya.api.v1.GetScheduleResponse>(
                  this, METHODID_GET_SCHEDULE)))
          .addMethod(
            getListSchedulesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListSchedulesRequest,
                com.rupaya.api.v1.ListSchedulesResponse>(
                  this, METHODID_LIST_SCHEDULES)))
          .addMethod(
            getUpdateScheduleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.UpdateScheduleRequest,
                com.rupaya.api.v1.UpdateScheduleResponse>(
                  this, METHODID_UPDATE_SCHEDULE)))
          .addMethod(
            getDeleteScheduleMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.DeleteScheduleRequest,
                com.rupaya.api.v1.DeleteScheduleResponse>(
                  this, METHODID_DELETE_SCHEDULE)))
          .addMethod(
            getListUpcomingOccurrencesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListUpcomingOccurrencesRequest,
                com.rupaya.api.v1.ListUpcomingOccurrencesResponse>(
                  this, METHODID_LIST_UPCOMING_OCCURRENCES)))
          .addMethod(
            getListOccurrencesMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.ListOccurrencesRequest,
                com.rupaya.api.v1.ListOccurrencesResponse>(
                  this, METHODID_LIST_OCCURRENCES)))
          .addMethod(
            getSkipOccurrenceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.SkipOccurrenceRequest,
                com.rupaya.api.v1.SkipOccurrenceResponse>(
                  this, METHODID_SKIP_OCCURRENCE)))
          .addMethod(
            getMoveOccurrenceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.MoveOccurrenceRequest,
                com.rupaya.api.v1.MoveOccurrenceResponse>(
                  this, METHODID_MOVE_OCCURRENCE)))
          .addMethod(
            getEditOccurrenceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.EditOccurrenceRequest,
                com.rupaya.api.v1.EditOccurrenceResponse>(
                  this, METHODID_EDIT_OCCURRENCE)))
          .addMethod(
            getPostOccurrenceMethod(),
            io.grpc.stub.ServerCalls.asyncUnaryCall(
              new MethodHandlers<
                com.rupaya.api.v1.PostOccurrenceRequest,
                com.rupaya.api.v1.PostOccurrenceResponse>(
                  this, METHODID_POST_OCCURRENCE)))
          .build();
    }
  }

  /**
   * <pre>
   * Recurring income, expenses and transfers. The server posts each due
   * occurrence exactly once, through the same ledger write as CreateTransaction
   * (overdraft rule, balances, change feed), also with several replicas and
   * after downtime (late occurrences are posted as catch-up). An occurrence that
   * cannot post is recorded as FAILED with its reason and not retried by itself.
   * </pre>
   */
  public static final class ScheduleServiceStub extends io.grpc.stub.AbstractAsyncStub<ScheduleServiceStub> {
    private ScheduleServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScheduleServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScheduleServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a schedule. Idempotent on `request_id`.
     * </pre>
     */
    public void createSchedule(com.rupaya.api.v1.CreateScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateScheduleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateScheduleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Returns one schedule.
     * </pre>
     */
    public void getSchedule(com.rupaya.api.v1.GetScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetScheduleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetScheduleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Lists schedules, oldest first, keyset-paginated.
     * </pre>
     */
    public void listSchedules(com.rupaya.api.v1.ListSchedulesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSchedulesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListSchedulesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; the rule itself is immutable.
     * </pre>
     */
    public void updateSchedule(com.rupaya.api.v1.UpdateScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateScheduleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUpdateScheduleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Deletes a schedule and its unposted occurrences (posted transactions stay); recorded in the audit trail.
     * </pre>
     */
    public void deleteSchedule(com.rupaya.api.v1.DeleteScheduleRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteScheduleResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteScheduleMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The occurrences of the next 90 days (a bills-due view) with their per-occurrence changes, plus overdue ones awaiting review, by date.
     * </pre>
     */
    public void listUpcomingOccurrences(com.rupaya.api.v1.ListUpcomingOccurrencesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListUpcomingOccurrencesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListUpcomingOccurrencesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Occurrences that were handled (posted, skipped, failed) or await review, newest first.
     * </pre>
     */
    public void listOccurrences(com.rupaya.api.v1.ListOccurrencesRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListOccurrencesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListOccurrencesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Skips one occurrence: it will not post.
     * </pre>
     */
    public void skipOccurrence(com.rupaya.api.v1.SkipOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.SkipOccurrenceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSkipOccurrenceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Moves one occurrence to another date; it posts on that date.
     * </pre>
     */
    public void moveOccurrence(com.rupaya.api.v1.MoveOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.MoveOccurrenceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getMoveOccurrenceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Changes the amount or texts of one occurrence.
     * </pre>
     */
    public void editOccurrence(com.rupaya.api.v1.EditOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.EditOccurrenceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getEditOccurrenceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Posts one occurrence now: one awaiting review, an upcoming one of a needs-review schedule, or a FAILED one (a retry once the cause is fixed).
     * </pre>
     */
    public void postOccurrence(com.rupaya.api.v1.PostOccurrenceRequest request,
        io.grpc.stub.StreamObserver<com.rupaya.api.v1.PostOccurrenceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPostOccurrenceMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * <pre>
   * Recurring income, expenses and transfers. The server posts each due
   * occurrence exactly once, through the same ledger write as CreateTransaction
   * (overdraft rule, balances, change feed), also with several replicas and
   * after downtime (late occurrences are posted as catch-up). An occurrence that
   * cannot post is recorded as FAILED with its reason and not retried by itself.
   * </pre>
   */
  public static final class ScheduleServiceBlockingStub extends io.grpc.stub.AbstractBlockingStub<ScheduleServiceBlockingStub> {
    private ScheduleServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScheduleServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScheduleServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a schedule. Idempotent on `request_id`.
     * </pre>
     */
    public com.rupaya.api.v1.CreateScheduleResponse createSchedule(com.rupaya.api.v1.CreateScheduleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateScheduleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Returns one schedule.
     * </pre>
     */
    public com.rupaya.api.v1.GetScheduleResponse getSchedule(com.rupaya.api.v1.GetScheduleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetScheduleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Lists schedules, oldest first, keyset-paginated.
     * </pre>
     */
    public com.rupaya.api.v1.ListSchedulesResponse listSchedules(com.rupaya.api.v1.ListSchedulesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListSchedulesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; the rule itself is immutable.
     * </pre>
     */
    public com.rupaya.api.v1.UpdateScheduleResponse updateSchedule(com.rupaya.api.v1.UpdateScheduleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUpdateScheduleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Deletes a schedule and its unposted occurrences (posted transactions stay); recorded in the audit trail.
     * </pre>
     */
    public com.rupaya.api.v1.DeleteScheduleResponse deleteSchedule(com.rupaya.api.v1.DeleteScheduleRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteScheduleMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The occurrences of the next 90 days (a bills-due view) with their per-occurrence changes, plus overdue ones awaiting review, by date.
     * </pre>
     */
    public com.rupaya.api.v1.ListUpcomingOccurrencesResponse listUpcomingOccurrences(com.rupaya.api.v1.ListUpcomingOccurrencesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListUpcomingOccurrencesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Occurrences that were handled (posted, skipped, failed) or await review, newest first.
     * </pre>
     */
    public com.rupaya.api.v1.ListOccurrencesResponse listOccurrences(com.rupaya.api.v1.ListOccurrencesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListOccurrencesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Skips one occurrence: it will not post.
     * </pre>
     */
    public com.rupaya.api.v1.SkipOccurrenceResponse skipOccurrence(com.rupaya.api.v1.SkipOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSkipOccurrenceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Moves one occurrence to another date; it posts on that date.
     * </pre>
     */
    public com.rupaya.api.v1.MoveOccurrenceResponse moveOccurrence(com.rupaya.api.v1.MoveOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getMoveOccurrenceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Changes the amount or texts of one occurrence.
     * </pre>
     */
    public com.rupaya.api.v1.EditOccurrenceResponse editOccurrence(com.rupaya.api.v1.EditOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getEditOccurrenceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Posts one occurrence now: one awaiting review, an upcoming one of a needs-review schedule, or a FAILED one (a retry once the cause is fixed).
     * </pre>
     */
    public com.rupaya.api.v1.PostOccurrenceResponse postOccurrence(com.rupaya.api.v1.PostOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPostOccurrenceMethod(), getCallOptions(), request);
    }
  }

  /**
   * <pre>
   * Recurring income, expenses and transfers. The server posts each due
   * occurrence exactly once, through the same ledger write as CreateTransaction
   * (overdraft rule, balances, change feed), also with several replicas and
   * after downtime (late occurrences are posted as catch-up). An occurrence that
   * cannot post is recorded as FAILED with its reason and not retried by itself.
   * </pre>
   */
  public static final class ScheduleServiceFutureStub extends io.grpc.stub.AbstractFutureStub<ScheduleServiceFutureStub> {
    private ScheduleServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ScheduleServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ScheduleServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * Creates a schedule. Idempotent on `request_id`.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.CreateScheduleResponse> createSchedule(
        com.rupaya.api.v1.CreateScheduleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateScheduleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Returns one schedule.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.GetScheduleResponse> getSchedule(
        com.rupaya.api.v1.GetScheduleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetScheduleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Lists schedules, oldest first, keyset-paginated.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListSchedulesResponse> listSchedules(
        com.rupaya.api.v1.ListSchedulesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListSchedulesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the fields named in `update_mask`; the rule itself is immutable.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.UpdateScheduleResponse> updateSchedule(
        com.rupaya.api.v1.UpdateScheduleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUpdateScheduleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Deletes a schedule and its unposted occurrences (posted transactions stay); recorded in the audit trail.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.DeleteScheduleResponse> deleteSchedule(
        com.rupaya.api.v1.DeleteScheduleRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteScheduleMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The occurrences of the next 90 days (a bills-due view) with their per-occurrence changes, plus overdue ones awaiting review, by date.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListUpcomingOccurrencesResponse> listUpcomingOccurrences(
        com.rupaya.api.v1.ListUpcomingOccurrencesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListUpcomingOccurrencesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Occurrences that were handled (posted, skipped, failed) or await review, newest first.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.ListOccurrencesResponse> listOccurrences(
        com.rupaya.api.v1.ListOccurrencesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListOccurrencesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Skips one occurrence: it will not post.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.SkipOccurrenceResponse> skipOccurrence(
        com.rupaya.api.v1.SkipOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSkipOccurrenceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Moves one occurrence to another date; it posts on that date.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.MoveOccurrenceResponse> moveOccurrence(
        com.rupaya.api.v1.MoveOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getMoveOccurrenceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Changes the amount or texts of one occurrence.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.EditOccurrenceResponse> editOccurrence(
        com.rupaya.api.v1.EditOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getEditOccurrenceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Posts one occurrence now: one awaiting review, an upcoming one of a needs-review schedule, or a FAILED one (a retry once the cause is fixed).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<com.rupaya.api.v1.PostOccurrenceResponse> postOccurrence(
        com.rupaya.api.v1.PostOccurrenceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPostOccurrenceMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SCHEDULE = 0;
  private static final int METHODID_GET_SCHEDULE = 1;
  private static final int METHODID_LIST_SCHEDULES = 2;
  private static final int METHODID_UPDATE_SCHEDULE = 3;
  private static final int METHODID_DELETE_SCHEDULE = 4;
  private static final int METHODID_LIST_UPCOMING_OCCURRENCES = 5;
  private static final int METHODID_LIST_OCCURRENCES = 6;
  private static final int METHODID_SKIP_OCCURRENCE = 7;
  private static final int METHODID_MOVE_OCCURRENCE = 8;
  private static final int METHODID_EDIT_OCCURRENCE = 9;
  private static final int METHODID_POST_OCCURRENCE = 10;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final ScheduleServiceImplBase serviceImpl;
    private final int methodId;

    MethodHandlers(ScheduleServiceImplBase serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_CREATE_SCHEDULE:
          serviceImpl.createSchedule((com.rupaya.api.v1.CreateScheduleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.CreateScheduleResponse>) responseObserver);
          break;
        case METHODID_GET_SCHEDULE:
          serviceImpl.getSchedule((com.rupaya.api.v1.GetScheduleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.GetScheduleResponse>) responseObserver);
          break;
        case METHODID_LIST_SCHEDULES:
          serviceImpl.listSchedules((com.rupaya.api.v1.ListSchedulesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListSchedulesResponse>) responseObserver);
          break;
        case METHODID_UPDATE_SCHEDULE:
          serviceImpl.updateSchedule((com.rupaya.api.v1.UpdateScheduleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.UpdateScheduleResponse>) responseObserver);
          break;
        case METHODID_DELETE_SCHEDULE:
          serviceImpl.deleteSchedule((com.rupaya.api.v1.DeleteScheduleRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.DeleteScheduleResponse>) responseObserver);
          break;
        case METHODID_LIST_UPCOMING_OCCURRENCES:
          serviceImpl.listUpcomingOccurrences((com.rupaya.api.v1.ListUpcomingOccurrencesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListUpcomingOccurrencesResponse>) responseObserver);
          break;
        case METHODID_LIST_OCCURRENCES:
          serviceImpl.listOccurrences((com.rupaya.api.v1.ListOccurrencesRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.ListOccurrencesResponse>) responseObserver);
          break;
        case METHODID_SKIP_OCCURRENCE:
          serviceImpl.skipOccurrence((com.rupaya.api.v1.SkipOccurrenceRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.SkipOccurrenceResponse>) responseObserver);
          break;
        case METHODID_MOVE_OCCURRENCE:
          serviceImpl.moveOccurrence((com.rupaya.api.v1.MoveOccurrenceRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.MoveOccurrenceResponse>) responseObserver);
          break;
        case METHODID_EDIT_OCCURRENCE:
          serviceImpl.editOccurrence((com.rupaya.api.v1.EditOccurrenceRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.EditOccurrenceResponse>) responseObserver);
          break;
        case METHODID_POST_OCCURRENCE:
          serviceImpl.postOccurrence((com.rupaya.api.v1.PostOccurrenceRequest) request,
              (io.grpc.stub.StreamObserver<com.rupaya.api.v1.PostOccurrenceResponse>) responseObserver);
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
      synchronized (ScheduleServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .addMethod(getCreateScheduleMethod())
              .addMethod(getGetScheduleMethod())
              .addMethod(getListSchedulesMethod())
              .addMethod(getUpdateScheduleMethod())
              .addMethod(getDeleteScheduleMethod())
              .addMethod(getListUpcomingOccurrencesMethod())
              .addMethod(getListOccurrencesMethod())
              .addMethod(getSkipOccurrenceMethod())
              .addMethod(getMoveOccurrenceMethod())
              .addMethod(getEditOccurrenceMethod())
              .addMethod(getPostOccurrenceMethod())
              .build();
        }
      }
    }
    return result;
  }
}
