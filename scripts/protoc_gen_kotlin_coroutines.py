"""protoc plugin: Kotlin coroutine stubs on top of the grpc-java stubs, in grpc-kotlin's shape.

For every service `Xxx` it writes `XxxGrpcKt.kt` holding `XxxGrpcKt.XxxCoroutineStub`: a `suspend`
function per unary RPC and a cold `Flow` per server-streaming RPC, both calling the method
descriptors of grpc-java's generated `XxxGrpc`. Cancelling the calling coroutine (or the
collector of a Flow) cancels the RPC; deadlines come from the stub (`withDeadlineAfter`). It also
writes the small runtime those stubs call (`ClientCalls.kt`), so an app needs only grpc-java and
kotlinx-coroutines. grpc-kotlin's own generator is published on Maven only, out of reach here.

protoc runs it through a one-line wrapper (scripts/protogen.py writes it); parameter
`runtime_package=a.b.c` moves the runtime (default com.rupaya.grpc.kotlin).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2

DEFAULT_RUNTIME_PACKAGE = "com.rupaya.grpc.kotlin"
SERVICE_FIELD, METHOD_FIELD = 6, 2  # FileDescriptorProto.service, ServiceDescriptorProto.method
KOTLIN_KEYWORDS = {
    "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in",
    "interface", "is", "null", "object", "package", "return", "super", "this", "throw",
    "true", "try", "typealias", "typeof", "val", "var", "when", "while",
}  # fmt: skip


def camel(name: str) -> str:
    """protoc's java UnderscoresToCamelCase: a letter after `_`, a digit or the start is upper case."""
    out, upper_next = [], True
    for char in name:
        if char.isalpha():
            out.append(char.upper() if upper_next else char)
            upper_next = False
        elif char.isdigit():
            out.append(char)
            upper_next = True
        else:
            upper_next = True
    return "".join(out)


def outer_class_name(file: descriptor_pb2.FileDescriptorProto) -> str:
    """protoc's java rule: the option, else the file name in CamelCase (+OuterClass on a clash)."""
    if file.options.java_outer_classname:
        return file.options.java_outer_classname
    name = camel(file.name.rsplit("/", 1)[-1].removesuffix(".proto"))
    taken = {m.name for m in file.message_type} | {e.name for e in file.enum_type}
    taken |= {s.name for s in file.service}
    return name + "OuterClass" if name in taken else name


def java_package(file: descriptor_pb2.FileDescriptorProto) -> str:
    return file.options.java_package or file.package


def java_classes(files: list[descriptor_pb2.FileDescriptorProto]) -> dict[str, str]:
    """Fully qualified proto message name (".pkg.Msg") -> its Java class name."""
    classes: dict[str, str] = {}

    def walk(messages: list[descriptor_pb2.DescriptorProto], proto_prefix: str, java_prefix: str) -> None:
        for message in messages:
            proto_name, java_name = f"{proto_prefix}.{message.name}", f"{java_prefix}.{message.name}"
            classes[proto_name] = java_name
            walk(list(message.nested_type), proto_name, java_name)

    for file in files:
        java_prefix = java_package(file)
        if not file.options.java_multiple_files:
            java_prefix = f"{java_prefix}.{outer_class_name(file)}".lstrip(".")
        walk(list(file.message_type), f".{file.package}" if file.package else "", java_prefix)
    return classes


def lower_camel(name: str) -> str:
    fun = name[:1].lower() + name[1:]
    return f"`{fun}`" if fun in KOTLIN_KEYWORDS else fun


def comments(file: descriptor_pb2.FileDescriptorProto) -> dict[tuple[int, ...], str]:
    return {
        tuple(loc.path): loc.leading_comments.strip()
        for loc in file.source_code_info.location
        if loc.leading_comments.strip()
    }


def kdoc(text: str, indent: str) -> Iterator[str]:
    if not text:
        return
    yield f"{indent}/**"
    for line in text.replace("*/", "*&#47;").splitlines():
        yield f"{indent} * {line.strip()}".rstrip()
    yield f"{indent} */"


def method_lines(
    method: descriptor_pb2.MethodDescriptorProto, grpc_class: str, classes: dict[str, str], doc: str
) -> Iterator[str]:
    request, response = classes[method.input_type], classes[method.output_type]
    descriptor = f"{grpc_class}.get{method.name[:1].upper()}{method.name[1:]}Method()"
    call = f"({descriptor}, request, headers)"
    yield from kdoc(doc, "        ")
    if method.server_streaming:
        yield f"        fun {lower_camel(method.name)}(request: {request}, headers: Metadata = Metadata()): Flow<{response}> ="
        yield f"            serverStreaming{call}"
    else:
        yield f"        suspend fun {lower_camel(method.name)}(request: {request}, headers: Metadata = Metadata()): {response} ="
        yield f"            unary{call}"


def service_file(
    file: descriptor_pb2.FileDescriptorProto, index: int, classes: dict[str, str], runtime: str
) -> plugin_pb2.CodeGeneratorResponse.File:
    service = file.service[index]
    for method in service.method:
        if method.client_streaming:
            raise ValueError(f"{service.name}.{method.name}: client streaming is not supported yet")
    package = java_package(file)
    grpc_class = f"{package}.{service.name}Grpc".lstrip(".")
    stub = f"{service.name}CoroutineStub"
    docs = comments(file)
    lines = [
        f"// Generated by scripts/protoc_gen_kotlin_coroutines.py from {file.name}. DO NOT EDIT.",
        *([f"package {package}", ""] if package else []),
        f"import {runtime}.ClientCalls",
        "import io.grpc.CallOptions",
        "import io.grpc.Channel",
        "import io.grpc.Metadata",
        "import io.grpc.stub.AbstractStub",
        "import kotlinx.coroutines.flow.Flow",
        "",
        f"/** Coroutine stubs for `{file.package}.{service.name}`, over [{grpc_class}]'s method descriptors. */",
        f"object {service.name}GrpcKt {{",
        f"    const val SERVICE_NAME: String = {grpc_class}.SERVICE_NAME",
        "",
        *kdoc(docs.get((SERVICE_FIELD, index), ""), "    "),
        f"    class {stub} @JvmOverloads constructor(",
        "        channel: Channel,",
        "        callOptions: CallOptions = CallOptions.DEFAULT,",
        f"    ) : AbstractStub<{stub}>(channel, callOptions) {{",
        f"        override fun build(channel: Channel, callOptions: CallOptions): {stub} = {stub}(channel, callOptions)",
    ]
    if any(not m.server_streaming for m in service.method):
        lines += [
            "",
            "        private suspend fun <Req, Resp> unary(",
            "            method: io.grpc.MethodDescriptor<Req, Resp>, request: Req, headers: Metadata,",
            "        ): Resp = ClientCalls.unaryRpc(channel, method, request, callOptions, headers)",
        ]
    if any(m.server_streaming for m in service.method):
        lines += [
            "",
            "        private fun <Req, Resp> serverStreaming(",
            "            method: io.grpc.MethodDescriptor<Req, Resp>, request: Req, headers: Metadata,",
            "        ): Flow<Resp> = ClientCalls.serverStreamingRpc(channel, method, request, callOptions, headers)",
        ]
    for number, method in enumerate(service.method):
        lines.append("")
        doc = docs.get((SERVICE_FIELD, index, METHOD_FIELD, number), "")
        lines.extend(method_lines(method, grpc_class, classes, doc))
    lines += ["    }", "}", ""]
    path = f"{package.replace('.', '/')}/{service.name}GrpcKt.kt".lstrip("/")
    return plugin_pb2.CodeGeneratorResponse.File(name=path, content="\n".join(lines))


RUNTIME = """\
// Generated by scripts/protoc_gen_kotlin_coroutines.py. DO NOT EDIT.
package {package}

import io.grpc.CallOptions
import io.grpc.Channel
import io.grpc.ClientCall
import io.grpc.Metadata
import io.grpc.MethodDescriptor
import io.grpc.Status
import kotlin.coroutines.resume
import kotlin.coroutines.resumeWithException
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import kotlinx.coroutines.suspendCancellableCoroutine
import kotlinx.coroutines.channels.Channel as Replies

/**
 * The calls the generated coroutine stubs make, on grpc-java's [ClientCall].
 * A failed call throws [io.grpc.StatusException] carrying the trailers, so
 * `io.grpc.protobuf.StatusProto.fromThrowable(e)` reads the `google.rpc.Status` details.
 */
object ClientCalls {{
    suspend fun <Req, Resp> unaryRpc(
        channel: Channel,
        method: MethodDescriptor<Req, Resp>,
        request: Req,
        callOptions: CallOptions,
        headers: Metadata,
    ): Resp = suspendCancellableCoroutine {{ continuation ->
        val call = channel.newCall(method, callOptions)
        // Cancelling the calling coroutine cancels the RPC, so the server stops working on it.
        continuation.invokeOnCancellation {{ cause -> call.cancel("the calling coroutine was cancelled", cause) }}
        call.start(
            object : ClientCall.Listener<Resp>() {{
                private var reply: Resp? = null

                override fun onMessage(message: Resp) {{
                    if (reply != null) {{
                        call.cancel("a unary call got more than one reply", null)
                    }}
                    reply = message
                }}

                override fun onClose(status: Status, trailers: Metadata) {{
                    val received = reply
                    when {{
                        !status.isOk -> continuation.resumeWithException(status.asException(trailers))
                        received == null -> continuation.resumeWithException(
                            Status.INTERNAL.withDescription("a unary call ended without a reply").asException(trailers),
                        )
                        else -> continuation.resume(received)
                    }}
                }}
            }},
            headers,
        )
        call.sendMessage(request)
        call.halfClose()
        call.request(2) // two, so a second reply is noticed and refused
    }}

    /** A cold Flow: each collection makes one call; the collector stopping early cancels it. */
    fun <Req, Resp> serverStreamingRpc(
        channel: Channel,
        method: MethodDescriptor<Req, Resp>,
        request: Req,
        callOptions: CallOptions,
        headers: Metadata,
    ): Flow<Resp> = flow {{
        val call = channel.newCall(method, callOptions)
        val replies = Replies<Resp>(Replies.UNLIMITED) // holds at most one: replies are requested one by one
        call.start(
            object : ClientCall.Listener<Resp>() {{
                override fun onMessage(message: Resp) {{
                    replies.trySend(message)
                }}

                override fun onClose(status: Status, trailers: Metadata) {{
                    replies.close(if (status.isOk) null else status.asException(trailers))
                }}
            }},
            headers,
        )
        call.sendMessage(request)
        call.halfClose()
        call.request(1)
        var drained = false
        try {{
            for (reply in replies) {{
                emit(reply)
                call.request(1) // flow control: the next reply only once the collector took this one
            }}
            drained = true
        }} finally {{
            if (!drained) call.cancel("the collecting coroutine stopped", null)
        }}
    }}
}}
"""


def generate(request: plugin_pb2.CodeGeneratorRequest) -> plugin_pb2.CodeGeneratorResponse:
    response = plugin_pb2.CodeGeneratorResponse()
    params = dict(p.split("=", 1) for p in request.parameter.split(",") if "=" in p)
    runtime = params.get("runtime_package", DEFAULT_RUNTIME_PACKAGE)
    classes = java_classes(list(request.proto_file))
    by_name = {f.name: f for f in request.proto_file}
    try:
        for name in request.file_to_generate:
            file = by_name[name]
            response.file.extend(service_file(file, i, classes, runtime) for i in range(len(file.service)))
    except ValueError as error:
        response.error = str(error)
        return response
    if response.file:
        path = f"{runtime.replace('.', '/')}/ClientCalls.kt"
        response.file.add(name=path, content=RUNTIME.format(package=runtime))
    return response


def main() -> None:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    sys.stdout.buffer.write(generate(request).SerializeToString())


if __name__ == "__main__":
    main()
