// A server-streaming Flow that fails mid-way: its items arrive, then the collector gets the
// status as io.grpc.StatusException. The contract's ExportTransactions cannot be made to fail
// on demand, so this throwaway service (ticks.proto) does it. Usage: TicksKt HOST:PORT
package rupaya.example

import com.example.ticks.TickServiceGrpcKt.TickServiceCoroutineStub
import com.example.ticks.TicksRequest
import io.grpc.ManagedChannelBuilder
import io.grpc.StatusException
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.runBlocking

fun main(args: Array<String>) = runBlocking {
    val channel = ManagedChannelBuilder.forTarget(args[0]).usePlaintext().build()
    val stub = TickServiceCoroutineStub(channel)
    try {
        stub.ticks(TicksRequest.newBuilder().setCount(10).setFailAfter(2).build())
            .collect { println("before_failure ${it.n}") }
        println("no failure")
    } catch (error: StatusException) {
        println("failed code=${error.status.code} message=${error.status.description}")
    }
    channel.shutdown().awaitTermination(10, TimeUnit.SECONDS)
    println("done")
}
