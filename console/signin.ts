// Sign-in: the owner pastes ADMIN_TOKEN once. It is checked against the admin API before
// it is kept, so a wrong token is said plainly here rather than as a failing list later.
import { ApiError, explain, request } from "./api";
import { field, focusSoon, h } from "./dom";
import { saveToken } from "./session";

/** Renders the sign-in form into `root`; calls `done(token)` once the API accepts it. */
export function signIn(root: HTMLElement, done: (token: string) => void, notice?: string) {
  const input = h("input", {
    type: "password",
    name: "token",
    autocomplete: "current-password",
    required: true,
    spellcheck: "false",
  });
  const token = field(
    "Admin token",
    input,
    "The ADMIN_TOKEN secret of this Worker. It is kept in this tab only and sent as a bearer token.",
  );
  const status = h("p", { class: "error summary", role: "alert", hidden: !notice }, notice ?? "");
  const submit = h("button", { type: "submit", class: "primary" }, "Sign in");

  const form = h(
    "form",
    { class: "card signin", "aria-labelledby": "signin-title" },
    h("h1", { id: "signin-title" }, "Goalpost console"),
    h("p", null, "Goals, donations and moderation for this site."),
    token.wrap,
    status,
    submit,
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (!value) return;
    submit.disabled = true;
    status.hidden = true;
    try {
      await request(value, "GET", "/admin/campaigns");
      saveToken(value);
      done(value);
    } catch (error) {
      status.textContent =
        error instanceof ApiError && error.status === 401
          ? "Wrong token: this Worker did not accept it."
          : explain(error);
      status.hidden = false;
      input.setAttribute("aria-invalid", "true");
      input.select();
    } finally {
      submit.disabled = false;
    }
  });

  root.replaceChildren(h("main", { id: "main", class: "center" }, form));
  focusSoon(input);
}
