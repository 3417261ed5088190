// The typescript-fetch client from gen/typescript-fetch (the sibling of gen/swift: same OpenAPI
// 3.0.3 document, same options) driving the live gateway. Prints one line per step, first word
// the step; tests/test_openapi_clients.py asserts on them.
//   node main.js BASE_URL GROCERIES_CATEGORY_ID
import {
    AccountServiceApi,
    AuthServiceApi,
    Configuration,
    ResponseError,
    RupayaV1AccountType,
    RupayaV1TransactionKind,
    TransactionServiceApi,
    instanceOfRupayaV1AccountType,
    instanceOfRupayaV1TransactionKind,
} from "../../../gen/typescript-fetch/src";

// Node's globals, declared here so the program needs no @types/node package.
declare const process: { argv: string[]; exit(code: number): never };

const [basePath, groceries] = process.argv.slice(2);

// The google.rpc.Status body of a failed call: its ErrorInfo reason and BadRequest fields.
async function errorOf(call: Promise<unknown>): Promise<string> {
    try {
        await call;
    } catch (error) {
        if (!(error instanceof ResponseError)) throw error;
        const status = await error.response.json();
        const details: Array<Record<string, any>> = status.details ?? [];
        const info = details.find((d) => d["@type"] === "type.googleapis.com/google.rpc.ErrorInfo");
        const bad = details.find((d) => d["@type"] === "type.googleapis.com/google.rpc.BadRequest");
        const fields = (bad?.fieldViolations ?? []).map((v: { field: string }) => v.field).join(",");
        return `${error.response.status} ${info?.reason} ${fields || "-"}`;
    }
    throw new Error("the call was expected to fail");
}

// An enum value this client was generated without stays readable instead of failing the call.
function known(value: unknown, isKnown: (v: unknown) => boolean): string {
    return isKnown(value) ? `known ${value}` : `unknown ${value}`;
}

async function main(): Promise<void> {
    const email = `ts-${Date.now()}-${Math.floor(Math.random() * 1e9)}@example.com`;
    const signedUp = await new AuthServiceApi(new Configuration({ basePath })).signUp({
        rupayaV1SignUpRequest: { email, password: "correct horse battery staple 42" },
    });
    const accessToken = signedUp.tokens!.accessToken!;
    console.log(`signed-up ${signedUp.userId}`);
    const config = new Configuration({ basePath, accessToken });
    const accounts = new AccountServiceApi(config);
    const transactions = new TransactionServiceApi(config);

    const { account } = await accounts.createAccount({
        rupayaV1CreateAccountRequest: {
            requestId: crypto.randomUUID(),
            name: "Everyday",
            type: RupayaV1AccountType.AccountTypeChecking,
            currencyCode: "INR",
            openingBalance: { amountDecimal: "1500.00" },
        },
    });
    console.log(`account ${account!.id} ${account!.currentBalance?.amountDecimal}`);
    console.log(`account-type ${known(account!.type, instanceOfRupayaV1AccountType)}`);

    const { transaction } = await transactions.createTransaction({
        rupayaV1CreateTransactionRequest: {
            requestId: crypto.randomUUID(),
            kind: "TRANSACTION_KIND_EXPENSE",
            accountId: account!.id!,
            amount: { amountDecimal: "42.50", currencyCode: "INR" },
            categoryId: groceries,
            occurredOn: { year: 2026, month: 11, day: 30 },
            payee: "Corner shop",
        },
    });
    console.log(`expense ${transaction!.id} ${transaction!.amount?.amountDecimal}`);

    const listed = await transactions.listTransactions({ accountId: account!.id!, pageSize: 10 });
    for (const t of listed.transactions ?? []) {
        console.log(`listed ${t.id} ${t.payee} ${known(t.kind, instanceOfRupayaV1TransactionKind)}`);
    }
    const { account: again } = await accounts.getAccount({ id: account!.id! });
    console.log(`balance ${again!.currentBalance?.amountDecimal}`);

    console.log(`not-found ${await errorOf(accounts.getAccount({ id: crypto.randomUUID() }))}`);
    const invalid = transactions.createTransaction({
        rupayaV1CreateTransactionRequest: {
            requestId: crypto.randomUUID(),
            kind: RupayaV1TransactionKind.TransactionKindExpense,
            accountId: account!.id!,
            amount: { amountDecimal: "5.00", currencyCode: "INR" },
            categoryId: groceries,
            occurredOn: { year: 2026, month: 13, day: 1 },
        },
    });
    console.log(`invalid ${await errorOf(invalid)}`);
}

main().catch((error) => {
    console.error(error);
    process.exit(1);
});
