"""Installs the Android client toolchain into build/android (git-ignored), pinned and cached.

Debian's protoc 3.21 with its java generator, the grpc-java protoc plugin and the runtime jars
the generated code is tested with come as .deb files unpacked with `dpkg -x` (no system change,
no root once the package lists exist); the Kotlin compiler (kotlinc + kotlinx-coroutines) is the
npm package `kotlin-compiler`. A second run with the same pins does nothing.

    python scripts/android_tools.py        # install (or check) and print the tool folder
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys

import debian_packages  # scripts/, beside this file

ROOT = pathlib.Path(__file__).resolve().parent.parent
TOOLS = ROOT / "build" / "android"
DEBIAN = TOOLS / "debian"  # the unpacked packages: usr/bin, usr/lib, usr/share/java
STAMP = TOOLS / "installed.json"

# Debian bookworm: protoc + grpc-java plugin (and the shared libraries they load), then the
# runtime jars of grpc-java 1.41 / protobuf-java 3.21 and what they need at run time.
DEBS = {
    "protobuf-compiler": "3.21.12-3+deb12u1",
    "libprotoc32": "3.21.12-3+deb12u1",
    "libprotobuf32": "3.21.12-3+deb12u1",
    "protobuf-compiler-grpc-java-plugin": "1.41.3+ds-1",
    "libprotobuf-java": "3.21.12-3+deb12u1",
    "libgrpc-java": "1.41.3+ds-1",
    "libopencensus-java": "0.24.0+ds-1",
    "libperfmark-java": "0.21.0+ds-3",
    "libnetty-java": "1:4.1.48-7+deb12u2",
    "libjctools-java": "2.0.2-1",
    "libguava-java": "31.1-1",
    "libgoogle-gson-java": "2.10-1",
    "libgeronimo-annotation-1.3-spec-java": "1.3-1",
    # TLS: Debian's netty-handler lacks the JDK-provider ALPN classes (JdkAlpnSslEngine and
    # friends), and gRPC needs ALPN, so clients do TLS through OpenSSL via netty-tcnative.
    "libnetty-tcnative-java": "2.0.28-1",
    "libnetty-tcnative-jni": "2.0.28-1+b1",
    "libapr1": "1.7.2-3+deb12u1",
}
KOTLIN_COMPILER = "kotlin-compiler@2.4.20"

PROTOC = DEBIAN / "usr" / "bin" / "protoc"
GRPC_JAVA_PLUGIN = DEBIAN / "usr" / "bin" / "grpc_java_plugin"
LIBS = DEBIAN / "usr" / "lib" / "x86_64-linux-gnu"
JARS = DEBIAN / "usr" / "share" / "java"
# netty-tcnative's JNI library under the name Netty loads (Debian's file has a hyphen, which the
# library itself refuses); the JVM needs -Djava.library.path=NATIVE and LIBS (libapr) to load it.
NATIVE = TOOLS / "native"
TCNATIVE_JNI = LIBS / "jni" / "libnetty-tcnative.so"
KOTLIN_HOME = TOOLS / "kotlin" / "node_modules" / "kotlin-compiler"
KOTLINC = KOTLIN_HOME / "bin" / "kotlinc"
COROUTINES_JAR = KOTLIN_HOME / "lib" / "kotlinx-coroutines-core-jvm.jar"
KOTLIN_STDLIB_JAR = KOTLIN_HOME / "lib" / "kotlin-stdlib.jar"

# What javac needs for the generated code, then what a running client adds (netty transport).
COMPILE_JARS = [
    "protobuf.jar",
    "grpc-api.jar",
    "grpc-stub.jar",
    "grpc-protobuf.jar",
    "grpc-protobuf-lite.jar",
    "grpc-context.jar",
    "guava.jar",
    "geronimo-annotation-1.3-spec.jar",
]
RUN_JARS = [
    "grpc-core.jar",
    "grpc-netty.jar",
    "gson.jar",
    "netty-tcnative.jar",
    "perfmark-api.jar",
    "opencensus-api.jar",
    "opencensus-contrib-grpc-metrics.jar",
    *(
        f"netty-{name}.jar"
        for name in (
            "buffer",
            "codec",
            "codec-http",
            "codec-http2",
            "codec-socks",
            "common",
            "handler",
            "handler-proxy",
            "resolver",
            "transport",
        )
    ),
]


def pins() -> dict[str, str]:
    return {**DEBS, "npm": KOTLIN_COMPILER}


def installed() -> bool:
    return STAMP.is_file() and json.loads(STAMP.read_text()) == pins()


def protoc_env() -> dict[str, str]:
    """The environment Debian's protoc and plugin run in: their shared libraries from build/."""
    return {**os.environ, "LD_LIBRARY_PATH": str(LIBS)}


def java_command(classpath: str, main: str) -> list[str]:
    """`java` running `main` with netty-tcnative loadable; run it in protoc_env() (libapr)."""
    return ["java", f"-Djava.library.path={NATIVE}", "-cp", classpath, main]


def classpath(names: list[str]) -> str:
    return os.pathsep.join(str(JARS / name) for name in names)


def install_debian() -> None:
    debian_packages.unpack(DEBS, DEBIAN)
    shutil.rmtree(NATIVE, ignore_errors=True)
    NATIVE.mkdir(parents=True)
    shutil.copy(
        TCNATIVE_JNI, NATIVE / "libnetty_tcnative.so"
    )  # a copy: a symlink resolves to the refused name


def install_kotlin() -> None:
    prefix = TOOLS / "kotlin"
    shutil.rmtree(prefix, ignore_errors=True)
    prefix.mkdir(parents=True)
    npm = ["npm", "install", "--prefix", str(prefix), "--no-save", "--no-audit", "--no-fund"]
    subprocess.run([*npm, KOTLIN_COMPILER], check=True, stdout=subprocess.DEVNULL)


def ensure() -> None:
    if installed():
        return
    if shutil.which("java") is None or shutil.which("javac") is None:
        sys.exit("a JDK (java, javac; 17 is tested) is needed: apt-get install openjdk-17-jdk-headless")
    TOOLS.mkdir(parents=True, exist_ok=True)
    STAMP.unlink(missing_ok=True)
    install_debian()
    install_kotlin()
    missing = [p for p in (PROTOC, GRPC_JAVA_PLUGIN, KOTLINC, COROUTINES_JAR, NATIVE) if not p.exists()]
    missing += [JARS / n for n in COMPILE_JARS + RUN_JARS if not (JARS / n).exists()]
    if missing:
        sys.exit(f"android tools incomplete, missing: {', '.join(map(str, missing))}")
    STAMP.write_text(json.dumps(pins(), indent=1))


if __name__ == "__main__":
    ensure()
    print(TOOLS)
