// A plain Java client on gen/java's blocking stubs (as many Android codebases still call them),
// run against a live server by tests/test_android_clients.py, which asserts on what it prints.
// Usage: rupaya.example.Main HOST:PORT CA_FILE CATEGORY_ID
package rupaya.example;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.ErrorInfo;
import com.google.type.Date;
import com.rupaya.api.v1.Account;
import com.rupaya.api.v1.AccountServiceGrpc;
import com.rupaya.api.v1.AccountType;
import com.rupaya.api.v1.AuthServiceGrpc;
import com.rupaya.api.v1.CreateAccountRequest;
import com.rupaya.api.v1.CreateTransactionRequest;
import com.rupaya.api.v1.DeviceInfo;
import com.rupaya.api.v1.ExportTransactionsRequest;
import com.rupaya.api.v1.ExportTransactionsResponse;
import com.rupaya.api.v1.GetAccountRequest;
import com.rupaya.api.v1.ListTransactionsRequest;
import com.rupaya.api.v1.ListTransactionsResponse;
import com.rupaya.api.v1.Money;
import com.rupaya.api.v1.Platform;
import com.rupaya.api.v1.SignInRequest;
import com.rupaya.api.v1.SignUpRequest;
import com.rupaya.api.v1.SignUpResponse;
import com.rupaya.api.v1.Transaction;
import com.rupaya.api.v1.TransactionKind;
import com.rupaya.api.v1.TransactionServiceGrpc;
import io.grpc.Context;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.MetadataUtils;
import java.io.File;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

public final class Main {
  static final String PASSWORD = "correct horse battery staple";
  static final Metadata.Key<String> REQUEST_ID =
      Metadata.Key.of("x-request-id", Metadata.ASCII_STRING_MARSHALLER);
  static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

  static Money inr(long minor) {
    return Money.newBuilder().setAmountMinor(minor).setCurrencyCode("INR").build();
  }

  /** Prints the status, its ErrorInfo reason and BadRequest field violations from the details. */
  static void report(String label, StatusRuntimeException error) throws InvalidProtocolBufferException {
    com.google.rpc.Status status = StatusProto.fromThrowable(error);
    StringBuilder reasons = new StringBuilder();
    for (Any any : status == null ? java.util.List.<Any>of() : status.getDetailsList()) {
      if (any.is(ErrorInfo.class)) {
        reasons.append(reasons.length() == 0 ? "" : ",").append(any.unpack(ErrorInfo.class).getReason());
      }
    }
    System.out.println(label + " code=" + error.getStatus().getCode() + " reason=" + reasons);
    for (Any any : status == null ? java.util.List.<Any>of() : status.getDetailsList()) {
      if (any.is(BadRequest.class)) {
        for (BadRequest.FieldViolation v : any.unpack(BadRequest.class).getFieldViolationsList()) {
          System.out.println(
              label + " violation field=" + v.getField() + " description=" + v.getDescription());
        }
      }
    }
  }

  public static void main(String[] args) throws Exception {
    String target = args[0];
    String categoryId = args[2];
    // TLS through Netty's API (JDK SSL provider: Java 9+ does ALPN, no tcnative needed), trusting
    // the given CA only.
    ManagedChannel channel =
        NettyChannelBuilder.forTarget(target)
            .sslContext(GrpcSslContexts.forClient().trustManager(new File(args[1])).build())
            .build();
    String email = "java-" + UUID.randomUUID() + "@example.com";
    DeviceInfo device =
        DeviceInfo.newBuilder()
            .setDeviceId("pixel-2")
            .setDeviceName("Pixel")
            .setPlatform(Platform.PLATFORM_ANDROID)
            .build();
    AuthServiceGrpc.AuthServiceBlockingStub auth = AuthServiceGrpc.newBlockingStub(channel);
    SignUpResponse signedUp =
        auth.signUp(
            SignUpRequest.newBuilder().setEmail(email).setPassword(PASSWORD).setDevice(device).build());
    System.out.println("signed_up user=" + signedUp.getUserId());

    Metadata bearer = new Metadata();
    bearer.put(AUTHORIZATION, "Bearer " + signedUp.getTokens().getAccessToken());
    AccountServiceGrpc.AccountServiceBlockingStub accounts =
        AccountServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer));
    TransactionServiceGrpc.TransactionServiceBlockingStub transactions =
        TransactionServiceGrpc.newBlockingStub(channel)
            .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(bearer));

    Account account =
        accounts
            .createAccount(
                CreateAccountRequest.newBuilder()
                    .setRequestId(UUID.randomUUID().toString())
                    .setName("Wallet")
                    .setType(AccountType.ACCOUNT_TYPE_CHECKING)
                    .setCurrencyCode("INR")
                    .setOpeningBalance(inr(10_000))
                    .build())
            .getAccount();
    System.out.println(
        "account id=" + account.getId() + " balance=" + account.getCurrentBalance().getAmountMinor());

    // A retry after a lost reply sends the same request_id: the server records it once.
    CreateTransactionRequest first = expense(account, categoryId, 1_250);
    Transaction created = transactions.createTransaction(first).getTransaction();
    Transaction retried = transactions.createTransaction(first).getTransaction();
    System.out.println("expense id=" + created.getId() + " retry_id=" + retried.getId());
    for (int i = 0; i < 4; i++) {
      transactions.createTransaction(expense(account, categoryId, 100));
    }

    int pages = 0;
    int listed = 0;
    String token = "";
    do {
      ListTransactionsResponse page =
          transactions.listTransactions(
              ListTransactionsRequest.newBuilder().setPageSize(2).setPageToken(token).build());
      pages += 1;
      listed += page.getTransactionsCount();
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    System.out.println("listed transactions=" + listed + " pages=" + pages);
    Money balance =
        accounts
            .getAccount(GetAccountRequest.newBuilder().setId(account.getId()).build())
            .getAccount()
            .getCurrentBalance();
    System.out.println(
        "balance minor=" + balance.getAmountMinor() + " currency=" + balance.getCurrencyCode());

    try {
      accounts.createAccount(
          CreateAccountRequest.newBuilder()
              .setRequestId(UUID.randomUUID().toString())
              .setName("")
              .setType(AccountType.ACCOUNT_TYPE_CHECKING)
              .setCurrencyCode("inr")
              .build());
      System.out.println("invalid accepted");
    } catch (StatusRuntimeException error) {
      report("invalid", error);
    }

    try {
      accounts.getAccount(GetAccountRequest.newBuilder().setId(UUID.randomUUID().toString()).build());
      System.out.println("missing found");
    } catch (StatusRuntimeException error) {
      report("missing", error);
    }

    SignInRequest signIn =
        SignInRequest.newBuilder().setEmail(email).setPassword(PASSWORD).setDevice(device).build();
    try {
      auth.withDeadlineAfter(1, TimeUnit.MILLISECONDS).signIn(signIn);
      System.out.println("deadline not reached");
    } catch (StatusRuntimeException error) {
      System.out.println("deadline code=" + error.getStatus().getCode());
    }

    // A blocking call is cancelled through its Context, from another thread: the server logs
    // CANCELLED. SignIn hashes a password (tens of ms), so the cancel lands while it works. The
    // quickest of three warm sign-ins sets the moment: the first call on a channel is slower, and
    // timing the cancel from it could let the cancelled call finish first.
    long signInMillis = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long started = System.nanoTime();
      auth.signIn(signIn);
      signInMillis = Math.min(signInMillis, (System.nanoTime() - started) / 1_000_000);
    }
    String requestId = "java-cancel-" + UUID.randomUUID();
    Metadata headers = new Metadata();
    headers.put(REQUEST_ID, requestId);
    AuthServiceGrpc.AuthServiceBlockingStub tagged =
        auth.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Context.CancellableContext context = Context.current().withCancellation();
    timer.schedule(() -> context.cancel(null), Math.max(signInMillis / 3, 5), TimeUnit.MILLISECONDS);
    String outcome;
    try {
      context.call(() -> tagged.signIn(signIn));
      outcome = "completed";
    } catch (StatusRuntimeException error) {
      outcome = error.getStatus().getCode() == io.grpc.Status.Code.CANCELLED ? "cancelled" : "failed";
    }
    timer.shutdown();
    System.out.println("cancel request_id=" + requestId + " outcome=" + outcome);

    // ExportTransactions on the blocking stub: an iterator of CSV chunks (whole lines).
    Iterator<ExportTransactionsResponse> chunks =
        transactions.exportTransactions(
            ExportTransactionsRequest.newBuilder().setAccountId(account.getId()).build());
    StringBuilder csv = new StringBuilder();
    while (chunks.hasNext()) {
      csv.append(chunks.next().getData().toStringUtf8());
    }
    printCsv(csv.toString());

    // Graceful: a call the cancel had not reached would still finish (and be logged OK).
    channel.shutdown().awaitTermination(10, TimeUnit.SECONDS);
    System.out.println("done");
  }

  /** Prints each exported row's amount and currency (by the header's column names). */
  static void printCsv(String csv) {
    String[] lines = csv.split("\n");
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      System.out.println(
          "exported amount="
              + cells[header.indexOf("amount")]
              + " currency="
              + cells[header.indexOf("currency_code")]
              + " kind="
              + cells[header.indexOf("kind")]);
    }
  }

  static CreateTransactionRequest expense(Account account, String categoryId, long minor) {
    return CreateTransactionRequest.newBuilder()
        .setRequestId(UUID.randomUUID().toString())
        .setKind(TransactionKind.TRANSACTION_KIND_EXPENSE)
        .setAccountId(account.getId())
        .setAmount(inr(minor))
        .setCategoryId(categoryId)
        .setOccurredOn(Date.newBuilder().setYear(2026).setMonth(3).setDay(15))
        .build();
  }
}
