// The "site address" setting under the queue: thread keys are paths, and links to them
// need the origin of the site that embeds the widget.
import { field, h } from "./dom";
import { setSiteOrigin, siteOrigin } from "./site";

export function siteSetting(changed: () => void): HTMLElement {
  const input = h("input", {
    type: "url",
    name: "site",
    value: siteOrigin(),
    placeholder: "https://example.org",
    autocomplete: "url",
  });
  const site = field(
    "Your site's address",
    input,
    "Thread links in the queue open on this site. Stored in this browser only.",
  );
  const save = h("button", { type: "submit" }, "Save address");
  const form = h(
    "form",
    { class: "card stack", "aria-label": "Site address" },
    site.wrap,
    h("div", { class: "actions" }, save),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const ok = setSiteOrigin(input.value);
    site.error.hidden = ok;
    site.error.textContent = ok ? "" : "Enter an http(s) address such as https://example.org";
    if (ok) input.removeAttribute("aria-invalid");
    else input.setAttribute("aria-invalid", "true");
    if (ok) changed();
  });
  return form;
}
