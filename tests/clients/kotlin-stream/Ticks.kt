// Collects a server-streaming Flow from the generated coroutine stub: a whole stream, an early
// stop (take), a cancelled collector and a stream that fails; tests/test_android_clients.py
// checks the server side of each. Usage: TicksKt HOST:PORT
package rupaya.example

import com.example.ticks.TickServiceGrpcKt.TickServiceCoroutineStub
import com.example.ticks.TicksRequest
import io.grpc.ManagedChannelBuilder
import io.grpc.StatusException
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

fun ticks(count: Int, intervalMs: Int = 20, failAfter: Int = 0): TicksRequest =
    TicksRequest.newBuilder().setCount(count).setIntervalMs(intervalMs).setFailAfter(failAfter).build()

fun main(args: Array<String>) = runBlocking {
    val channel = ManagedChannelBuilder.forTarget(args[0]).usePlaintext().build()
    val stub = TickServiceCoroutineStub(channel)
    println("whole ${stub.ticks(ticks(3, intervalMs = 1)).toList().map { it.n }}")
    println("taken ${stub.ticks(ticks(100_000)).take(3).toList().map { it.n }}")

    var seen = 0
    val collector = launch { stub.ticks(ticks(100_000)).collect { seen += 1 } }
    while (seen < 3) delay(5)
    collector.cancelAndJoin()
    println("cancelled after=$seen")

    try {
        stub.ticks(ticks(10, intervalMs = 1, failAfter = 2)).collect { println("before_failure ${it.n}") }
    } catch (error: StatusException) {
        println("failed code=${error.status.code}")
    }
    // Graceful: a stream the client had not cancelled would keep this waiting, and the server working.
    channel.shutdown().awaitTermination(30, TimeUnit.SECONDS)
    println("done")
}
