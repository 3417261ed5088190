"""Optional OpenTelemetry tracing (`pip install rupaya[otel]`, RUPAYA_TRACING=otlp|console).

One server span per RPC (continuing a caller's `traceparent`), child spans for SQL through
the SQLAlchemy instrumentation, and the trace id in every log line written inside a span.
The OTLP exporter reads the standard OTEL_EXPORTER_OTLP_* variables.
"""

from __future__ import annotations

import sys
from typing import Any

import grpc
from sqlalchemy.ext.asyncio import AsyncEngine

from server.interceptors.step import Behavior


def install(exporter: str, engine: AsyncEngine) -> None:
    try:
        from opentelemetry import trace
        from opentelemetry.instrumentation.sqlalchemy import SQLAlchemyInstrumentor
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, ConsoleSpanExporter, SpanExporter
    except ImportError as error:
        raise RuntimeError("RUPAYA_TRACING needs the otel extra: pip install 'rupaya[otel]'") from error
    span_exporter: SpanExporter
    if exporter == "console":
        span_exporter = ConsoleSpanExporter(
            out=sys.stderr, formatter=lambda span: span.to_json(indent=None) + "\n"
        )
    else:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        span_exporter = OTLPSpanExporter()
    provider = TracerProvider(resource=Resource.create({"service.name": "rupaya"}))
    provider.add_span_processor(BatchSpanProcessor(span_exporter, schedule_delay_millis=500))
    trace.set_tracer_provider(provider)
    # The instrumentation works through SQLAlchemy's events, which 2.1 keeps; its declared
    # range stops at < 2.1, so the dependency check is skipped rather than tracing nothing.
    SQLAlchemyInstrumentor().instrument(engine=engine.sync_engine, skip_dep_check=True)


def shutdown() -> None:
    from opentelemetry import trace

    provider = trace.get_tracer_provider()
    if hasattr(provider, "shutdown"):
        provider.shutdown()  # flushes spans still batched


class TracingStep:
    """Outermost, so the access-log line of the call is written inside its span."""

    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        from opentelemetry import propagate, trace

        tracer = trace.get_tracer("rupaya")
        service, _, name = method.lstrip("/").partition("/")

        async def traced(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            carrier = {k: v for k, v in ctx.invocation_metadata() or () if isinstance(v, str)}
            with tracer.start_as_current_span(
                method.lstrip("/"),
                context=propagate.extract(carrier),
                kind=trace.SpanKind.SERVER,
                attributes={"rpc.system": "grpc", "rpc.service": service, "rpc.method": name},
            ) as span:
                try:
                    return await behavior(request, ctx)
                finally:
                    code = ctx.code()
                    span.set_attribute(
                        "rpc.grpc.status_code", code.value[0] if isinstance(code, grpc.StatusCode) else 0
                    )

        return traced
