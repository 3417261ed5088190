// The app shell: restores the session from the refresh cookie, routes by the URL hash (no
// server routes needed, nothing secret in the URL) and frames every signed-in screen.
import { useEffect, useState } from "preact/hooks";
import { SignOutRequestSchema, SignOutResponseSchema } from "../../gen/typescript/rupaya/v1/auth_pb";
import { forget, listen, post, refresh } from "./api";
import { loadCurrencies } from "./ref";
import { SignIn, SignUp } from "./screens/auth";
import { ForgotPassword, RECOVERY_PAGES, ResetPassword, VerifyEmail, takeLinkToken } from "./screens/recovery";
import { Accounts } from "./screens/accounts";
import { Transactions } from "./screens/transactions";
import { Categories } from "./screens/categories";
import { Budgets } from "./screens/budgets";
import { Dashboard } from "./screens/dashboard";
import { Sessions } from "./screens/sessions";
import { Profile } from "./screens/profile";

const SCREENS = {
  dashboard: ["Dashboard", Dashboard],
  accounts: ["Accounts", Accounts],
  transactions: ["Transactions", Transactions],
  categories: ["Categories", Categories],
  budgets: ["Budgets", Budgets],
  sessions: ["Sessions", Sessions],
  profile: ["Profile", Profile],
} as const;
type ScreenName = keyof typeof SCREENS;

function route(): string {
  return location.hash.replace(/^#\/?/, "") || "dashboard";
}

// A link from a message (`/verify-email#token=...`): its page, with the token taken out of the URL.
const LINK = RECOVERY_PAGES.includes(location.pathname) ? { page: location.pathname, token: takeLinkToken() } : null;

export function App() {
  const [state, setState] = useState<"starting" | "out" | "in">("starting");
  const [path, setPath] = useState(route());
  const [waiting, setWaiting] = useState(0);

  useEffect(() => {
    listen({ signedOut: () => setState("out"), rateLimited: setWaiting });
    const onHash = () => setPath(route());
    addEventListener("hashchange", onHash);
    Promise.all([loadCurrencies(), refresh()]).then(
      ([, ok]) => setState(ok ? "in" : "out"),
      () => setState("out"),
    );
    return () => removeEventListener("hashchange", onHash);
  }, []);

  const signedIn = () => {
    setState("in");
    location.hash = "#/dashboard";
  };
  const signOut = async () => {
    try {
      await post("/v1/auth:signOut", SignOutRequestSchema, {}, SignOutResponseSchema);
    } finally {
      forget();
      setState("out");
      location.hash = "#/sign-in";
    }
  };

  const banner = waiting > 0 && (
    <p class="banner warn" role="status">
      Too many requests: trying again in {waiting} s.
    </p>
  );
  if (LINK?.page === "/verify-email") return <VerifyEmail token={LINK.token} />;
  if (LINK?.page === "/reset-password") return <ResetPassword token={LINK.token} />;
  if (state === "starting") return <p class="loading">Loading…</p>;
  if (state === "out")
    return (
      <>
        {banner}
        {path === "sign-up" ? <SignUp done={signedIn} /> : path === "forgot-password" ? <ForgotPassword /> : <SignIn done={signedIn} />}
      </>
    );
  const name: ScreenName = path in SCREENS ? (path as ScreenName) : "dashboard";
  const [title, Screen] = SCREENS[name];
  return (
    <div class="layout">
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById("main")?.focus())}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/dashboard">
          RUPAYA
        </a>
        <nav aria-label="Main">
          {Object.entries(SCREENS).map(([key, [label]]) => (
            <a href={`#/${key}`} aria-current={key === name ? "page" : undefined}>
              {label}
            </a>
          ))}
        </nav>
        <button class="ghost" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main class="content" id="main" tabIndex={-1}>
        {banner}
        <h1>{title}</h1>
        <Screen />
      </main>
    </div>
  );
}
