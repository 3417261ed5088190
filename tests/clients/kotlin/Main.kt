// A small Android-style client on gen/java + gen/kotlin (coroutine stubs), run against a live
// server by tests/test_android_clients.py, which asserts on the lines it prints.
// Usage: MainKt HOST:PORT CA_FILE CATEGORY_ID BIG_EXPORT_EMAIL (a user with many transactions)
package rupaya.example

import com.google.rpc.BadRequest
import com.google.rpc.ErrorInfo
import com.google.type.Date
import com.rupaya.api.v1.AccountServiceGrpcKt.AccountServiceCoroutineStub
import com.rupaya.api.v1.AccountType
import com.rupaya.api.v1.AuthServiceGrpcKt.AuthServiceCoroutineStub
import com.rupaya.api.v1.CreateAccountRequest
import com.rupaya.api.v1.CreateTransactionRequest
import com.rupaya.api.v1.DeviceInfo
import com.rupaya.api.v1.ExportTransactionsRequest
import com.rupaya.api.v1.GetAccountRequest
import com.rupaya.api.v1.ListTransactionsRequest
import com.rupaya.api.v1.Money
import com.rupaya.api.v1.Platform
import com.rupaya.api.v1.SignInRequest
import com.rupaya.api.v1.SignUpRequest
import com.rupaya.api.v1.TransactionKind
import com.rupaya.api.v1.TransactionServiceGrpcKt.TransactionServiceCoroutineStub
import io.grpc.Grpc
import io.grpc.Metadata
import io.grpc.StatusException
import io.grpc.TlsChannelCredentials
import io.grpc.protobuf.StatusProto
import io.grpc.stub.MetadataUtils
import java.io.File
import java.util.UUID
import java.util.concurrent.TimeUnit
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

const val PASSWORD = "correct horse battery staple"
val REQUEST_ID: Metadata.Key<String> = Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER)
val AUTHORIZATION: Metadata.Key<String> = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER)

fun inr(minor: Long): Money = Money.newBuilder().setAmountMinor(minor).setCurrencyCode("INR").build()

/** Prints the status, its ErrorInfo reason and BadRequest field violations from the status details. */
fun report(label: String, error: StatusException) {
    val details = StatusProto.fromThrowable(error)?.detailsList.orEmpty()
    val reason = details.filter { it.`is`(ErrorInfo::class.java) }.map { it.unpack(ErrorInfo::class.java).reason }
    println("$label code=${error.status.code} reason=${reason.joinToString(",")}")
    for (any in details.filter { it.`is`(BadRequest::class.java) }) {
        for (violation in any.unpack(BadRequest::class.java).fieldViolationsList) {
            println("$label violation field=${violation.field} description=${violation.description}")
        }
    }
}

fun lines(text: String): Int = text.count { it == '\n' }

/** Prints each exported row's amount and currency (by the header's column names). */
fun printCsv(csv: String) {
    val (header, rows) = csv.trimEnd('\n').split('\n').let { it.first().split(',') to it.drop(1) }
    for (row in rows) {
        val cells = header.zip(row.split(',')).toMap()
        println("exported amount=${cells["amount"]} currency=${cells["currency_code"]} kind=${cells["kind"]}")
    }
}

fun main(args: Array<String>) = runBlocking {
    val (target, caFile, categoryId, bigEmail) = args
    // TLS trusting the given CA only; the transport-neutral credentials work on Netty and OkHttp.
    val tls = TlsChannelCredentials.newBuilder().trustManager(File(caFile)).build()
    val channel = Grpc.newChannelBuilder(target, tls).build()
    val email = "kotlin-${UUID.randomUUID()}@example.com"
    val device = DeviceInfo.newBuilder().setDeviceId("pixel-1").setDeviceName("Pixel").setPlatform(Platform.PLATFORM_ANDROID)
    val auth = AuthServiceCoroutineStub(channel)
    val signedUp = auth.signUp(SignUpRequest.newBuilder().setEmail(email).setPassword(PASSWORD).setDevice(device).build())
    println("signed_up user=${signedUp.userId}")

    // Every call after sign-up carries the access token, as an app's interceptor would add it.
    val bearer = Metadata().apply { put(AUTHORIZATION, "Bearer ${signedUp.tokens.accessToken}") }
    val withToken = MetadataUtils.newAttachHeadersInterceptor(bearer)
    val accounts = AccountServiceCoroutineStub(channel).withInterceptors(withToken)
    val transactions = TransactionServiceCoroutineStub(channel).withInterceptors(withToken)

    val account = accounts.createAccount(
        CreateAccountRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setName("Wallet")
            .setType(AccountType.ACCOUNT_TYPE_CHECKING).setCurrencyCode("INR").setOpeningBalance(inr(10_000)).build(),
    ).account
    println("account id=${account.id} balance=${account.currentBalance.amountMinor}")

    fun expense(minor: Long) = CreateTransactionRequest.newBuilder().setRequestId(UUID.randomUUID().toString())
        .setKind(TransactionKind.TRANSACTION_KIND_EXPENSE).setAccountId(account.id).setAmount(inr(minor))
        .setCategoryId(categoryId).setOccurredOn(Date.newBuilder().setYear(2026).setMonth(3).setDay(15)).build()

    // A retry after a lost reply sends the same request_id: the server records it once.
    val first = expense(1_250)
    val created = transactions.createTransaction(first).transaction
    val retried = transactions.createTransaction(first).transaction
    println("expense id=${created.id} retry_id=${retried.id}")
    repeat(4) { transactions.createTransaction(expense(100)) }

    var pages = 0
    var listed = 0
    var token = ""
    do {
        val page = transactions.listTransactions(ListTransactionsRequest.newBuilder().setPageSize(2).setPageToken(token).build())
        pages += 1
        listed += page.transactionsCount
        token = page.nextPageToken
    } while (token.isNotEmpty())
    println("listed transactions=$listed pages=$pages")
    val balance = accounts.getAccount(GetAccountRequest.newBuilder().setId(account.id).build()).account.currentBalance
    println("balance minor=${balance.amountMinor} currency=${balance.currencyCode}")

    try {
        accounts.createAccount(
            CreateAccountRequest.newBuilder().setRequestId(UUID.randomUUID().toString()).setName("")
                .setType(AccountType.ACCOUNT_TYPE_CHECKING).setCurrencyCode("inr").build(),
        )
        println("invalid accepted")
    } catch (error: StatusException) {
        report("invalid", error)
    }

    try {
        accounts.getAccount(GetAccountRequest.newBuilder().setId(UUID.randomUUID().toString()).build())
        println("missing found")
    } catch (error: StatusException) {
        report("missing", error)
    }

    val signIn = SignInRequest.newBuilder().setEmail(email).setPassword(PASSWORD).setDevice(device).build()
    try {
        auth.withDeadlineAfter(1, TimeUnit.MILLISECONDS).signIn(signIn)
        println("deadline not reached")
    } catch (error: StatusException) {
        println("deadline code=${error.status.code}")
    }

    // Cancelling the coroutine that awaits a call cancels the RPC: the server logs it CANCELLED.
    // SignIn hashes a password (tens of ms), so the cancel lands while the server works on it.
    // The quickest of three warm sign-ins sets the moment (the first call on a channel is slower).
    val signInMillis = (1..3).minOf {
        val started = System.nanoTime()
        auth.signIn(signIn)
        (System.nanoTime() - started) / 1_000_000
    }
    val requestId = "kotlin-cancel-${UUID.randomUUID()}"
    val headers = Metadata().apply { put(REQUEST_ID, requestId) }
    var outcome = "completed"
    val call = launch {
        try {
            auth.signIn(signIn, headers)
        } catch (cancelled: CancellationException) {
            outcome = "cancelled"
            throw cancelled
        }
    }
    delay(maxOf(signInMillis / 3, 5))
    call.cancelAndJoin()
    println("cancel request_id=$requestId outcome=$outcome")

    // ExportTransactions is a Flow of CSV chunks (whole lines): collected to the end here.
    val exported = transactions.exportTransactions(ExportTransactionsRequest.newBuilder().setAccountId(account.id).build())
        .toList().joinToString("") { it.data.toStringUtf8() }
    printCsv(exported)

    // A big export stopped early, twice: by take(2), and by cancelling the collecting job. Each
    // ends the call on the server (CANCELLED in its access log) long before its last row.
    val bigTokens = auth.signIn(SignInRequest.newBuilder().setEmail(bigEmail).setPassword(PASSWORD).setDevice(device).build()).tokens
    fun tagged(requestId: String) = TransactionServiceCoroutineStub(channel).withInterceptors(
        MetadataUtils.newAttachHeadersInterceptor(
            Metadata().apply {
                put(AUTHORIZATION, "Bearer ${bigTokens.accessToken}")
                put(REQUEST_ID, requestId)
            },
        ),
    )
    val everything = ExportTransactionsRequest.getDefaultInstance()
    val takenId = "kotlin-take-${UUID.randomUUID()}"
    val taken = tagged(takenId).exportTransactions(everything).take(2).toList()
    println("export_taken request_id=$takenId chunks=${taken.size} lines=${taken.sumOf { lines(it.data.toStringUtf8()) }}")

    val cancelledId = "kotlin-job-${UUID.randomUUID()}"
    var chunks = 0
    val collector = launch { tagged(cancelledId).exportTransactions(everything).collect { chunks += 1 } }
    while (chunks < 2) delay(1)
    collector.cancelAndJoin()
    println("export_cancelled request_id=$cancelledId after_chunks=$chunks")

    // Graceful: a call the cancel had not reached would still finish (and be logged OK).
    channel.shutdown().awaitTermination(10, TimeUnit.SECONDS)
    println("done")
}
