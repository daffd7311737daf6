/**
 * The one stylesheet of every page, served as `/static/style.css`. It lives
 * in a module rather than a .css file so that the compiled service carries
 * it with no copy step. Colours come from the host's brand stylesheet
 * (`--accent` and friends); the fallbacks here are the default accent's.
 * Logical properties (`margin-inline-start`) keep right-to-left pages right.
 * Every text colour here reads at 4.5:1 or better on its background
 * (WCAG 2.1 AA).
 */
export const STYLE_CSS = `:root {
  --accent: #1d5fbf;
  --on-accent: #ffffff;
  --accent-text: #1d5fbf;
  --accent-soft: #e8eff9;
  --text: #1b1f24;
  --muted: #4d5561;
  --line: #d5d9e0;
  --page: #f3f5f8;
  --card: #ffffff;
  --error: #b3261e;
  --error-soft: #fcebea;
  --ok: #1e6b34;
  --ok-soft: #e6f4ea;
  --radius: 0.75rem;
  color-scheme: light;
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--page);
  color: var(--text);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans",
    "Vazirmatn", Tahoma, sans-serif;
  font-size: 1.0625rem;
  line-height: 1.55;
}

a {
  color: var(--accent-text);
  text-underline-offset: 0.15em;
}

a:hover {
  text-decoration-thickness: 2px;
}

:focus-visible {
  outline: 3px solid var(--accent-text);
  outline-offset: 2px;
  border-radius: 0.25rem;
}

h1,
h2,
h3 {
  line-height: 1.25;
  margin: 0 0 0.5em;
}

h1 {
  font-size: clamp(1.5rem, 1.2rem + 1.5vw, 2.1rem);
}

h2 {
  font-size: 1.3rem;
}

h3 {
  font-size: 1.1rem;
}

p {
  margin: 0 0 0.9em;
}

/* The frame: a header band, one column of content, a quiet footer. */

.site-header {
  background: var(--card);
  border-bottom: 1px solid var(--line);
}

.site-header-inner,
main,
.site-footer {
  width: 100%;
  max-width: 46rem;
  margin-inline: auto;
  padding-inline: 1rem;
}

.site-header-inner {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: 1rem;
  min-height: 3.5rem;
}

.site-name {
  display: flex;
  align-items: center;
  gap: 0.6rem;
  font-weight: 700;
  font-size: 1.1rem;
  color: var(--text);
  overflow-wrap: anywhere;
}

.site-logo {
  display: block;
  height: 2rem;
  width: auto;
  max-width: 8rem;
}

main {
  padding-block: 1rem 2rem;
  padding-inline: 0.75rem;
}

.site-footer {
  padding-block: 0 2rem;
  color: var(--muted);
  font-size: 0.9rem;
}

/* The language picker: a disclosure, so it works without a script. */

.language {
  position: relative;
}

.language > summary {
  cursor: pointer;
  list-style: none;
  padding: 0.4rem 0.7rem;
  border: 1px solid var(--line);
  border-radius: 999px;
  font-size: 0.95rem;
  white-space: nowrap;
}

.language > summary::-webkit-details-marker {
  display: none;
}

.language > summary::after {
  content: " ▾";
}

.language ul {
  position: absolute;
  inset-inline-end: 0;
  z-index: 2;
  margin: 0.4rem 0 0;
  padding: 0.4rem;
  list-style: none;
  background: var(--card);
  border: 1px solid var(--line);
  border-radius: var(--radius);
  box-shadow: 0 8px 24px rgb(0 0 0 / 12%);
  min-width: 12rem;
}

.language a {
  display: block;
  padding: 0.45rem 0.7rem;
  border-radius: 0.4rem;
  color: var(--text);
  text-decoration: none;
}

.language a:hover,
.language a[aria-current="true"] {
  background: var(--accent-soft);
}

/* Cards and sections. */

.card {
  background: var(--card);
  border: 1px solid var(--line);
  border-radius: var(--radius);
  padding: 1.25rem 1rem;
  margin-block-end: 1rem;
}

.hero {
  border-top: 6px solid var(--accent);
}

.lead {
  font-size: 1.1rem;
}

.muted {
  color: var(--muted);
}

.note {
  background: var(--accent-soft);
  border-radius: 0.5rem;
  padding: 0.75rem 1rem;
}

/* Addresses keep their own direction inside right-to-left sentences. */
.jid,
bdi {
  unicode-bidi: plaintext;
}

.jid {
  font-weight: 700;
  overflow-wrap: anywhere;
}

.big-jid {
  display: block;
  font-size: 1.35rem;
  padding: 0.75rem 1rem;
  margin-block: 0.5rem 1rem;
  background: var(--ok-soft);
  border-radius: 0.5rem;
  overflow-wrap: anywhere;
}

/* Buttons: links and form buttons look the same. */

.button,
button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 0.4rem;
  min-height: 2.75rem;
  padding: 0.6rem 1.2rem;
  border: 2px solid var(--accent);
  border-radius: 0.6rem;
  background: var(--accent);
  color: var(--on-accent);
  font: inherit;
  font-weight: 600;
  text-align: center;
  text-decoration: none;
  cursor: pointer;
}

.button:hover,
button:hover {
  filter: brightness(1.08);
}

.button.secondary {
  background: var(--card);
  color: var(--accent-text);
  border-color: var(--accent-text);
}

.wide {
  width: 100%;
  margin-block: 0.5rem 1rem;
}

.buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 0.6rem;
  margin-block: 0.75rem;
}

/* The app list. */

.apps {
  display: grid;
  gap: 0.9rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.app {
  padding: 1rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  background: var(--card);
}

.app.first {
  border: 2px solid var(--accent);
}

.app-head {
  display: flex;
  align-items: center;
  gap: 0.75rem;
}

.app-head h3 {
  margin: 0;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.25rem 0.5rem;
}

.app-icon {
  display: grid;
  place-items: center;
  flex: none;
  width: 2.75rem;
  height: 2.75rem;
  border-radius: 0.75rem;
  background: var(--accent-soft);
  color: var(--accent-text);
  font-weight: 700;
  font-size: 1.3rem;
}

img.app-icon {
  object-fit: contain;
  background: none;
}

.app-desc {
  margin: 0.6rem 0 0.2rem;
}

.app-platforms {
  margin: 0 0 0.8rem;
  font-size: 0.9rem;
  color: var(--muted);
}

.app > .button {
  width: 100%;
}

.app > .buttons {
  margin-block-end: 0;
}

.badge {
  display: inline-block;
  padding: 0.1rem 0.55rem;
  border-radius: 999px;
  background: var(--accent);
  color: var(--on-accent);
  font-size: 0.8rem;
  font-weight: 600;
}

details.more {
  margin-block-start: 1rem;
}

details.more > summary {
  cursor: pointer;
  font-weight: 600;
  color: var(--accent-text);
  padding-block: 0.5rem;
}

details.more[open] > summary {
  margin-block-end: 0.75rem;
}

/* Numbered steps. */

.steps {
  counter-reset: step;
  list-style: none;
  margin: 0;
  padding: 0;
}

.steps > li {
  counter-increment: step;
  position: relative;
  padding-inline-start: 2.6rem;
  margin-block-end: 0.8rem;
  min-height: 2rem;
}

.steps > li::before {
  content: counter(step);
  position: absolute;
  inset-inline-start: 0;
  top: 0;
  display: grid;
  place-items: center;
  width: 1.9rem;
  height: 1.9rem;
  border-radius: 50%;
  background: var(--accent);
  color: var(--on-accent);
  font-weight: 700;
}

.step-card h2::before {
  content: attr(data-step);
  display: inline-grid;
  place-items: center;
  width: 1.9rem;
  height: 1.9rem;
  margin-inline-end: 0.6rem;
  border-radius: 50%;
  background: var(--accent);
  color: var(--on-accent);
  font-size: 1rem;
  vertical-align: 0.1em;
}

/* QR code: black on white with its quiet zone, whatever the theme. */

.qr {
  display: flex;
  gap: 1.25rem;
  align-items: center;
  flex-wrap: wrap;
}

.qr-code {
  background: #ffffff;
  padding: 0.5rem;
  border: 1px solid var(--line);
  border-radius: 0.5rem;
  width: 12rem;
  max-width: 100%;
  flex: none;
}

.qr-code svg {
  display: block;
  width: 100%;
  height: auto;
}

.qr-text {
  flex: 1 1 14rem;
}

/* Forms. */

.field {
  margin-block-end: 1.1rem;
}

label {
  display: block;
  font-weight: 600;
  margin-block-end: 0.3rem;
}

.hint {
  display: block;
  color: var(--muted);
  font-size: 0.92rem;
  margin-block-start: 0.3rem;
}

input[type="text"],
input[type="password"],
input[type="url"] {
  width: 100%;
  min-height: 2.75rem;
  padding: 0.55rem 0.75rem;
  border: 1px solid #767e8a;
  border-radius: 0.5rem;
  background: #ffffff;
  color: var(--text);
  font: inherit;
  font-size: max(1rem, 16px);
}

input[readonly] {
  background: var(--page);
}

input[aria-invalid="true"] {
  border: 2px solid var(--error);
}

.with-domain {
  display: flex;
  align-items: stretch;
  direction: ltr;
}

.with-domain input {
  border-start-end-radius: 0;
  border-end-end-radius: 0;
  min-width: 0;
}

.with-domain .domain {
  display: flex;
  align-items: center;
  padding-inline: 0.75rem;
  border: 1px solid #767e8a;
  border-inline-start: 0;
  border-start-end-radius: 0.5rem;
  border-end-end-radius: 0.5rem;
  background: var(--page);
  color: var(--muted);
  flex: none;
  max-width: 55%;
  overflow: hidden;
  text-overflow: ellipsis;
  white-space: nowrap;
}

.field-error {
  display: block;
  color: var(--error);
  font-weight: 600;
  margin-block-start: 0.35rem;
}

.error-summary {
  border: 2px solid var(--error);
  background: var(--error-soft);
  border-radius: var(--radius);
  padding: 1rem 1.25rem;
  margin-block-end: 1.25rem;
}

.error-summary h2 {
  color: var(--error);
  font-size: 1.1rem;
}

.error-summary ul {
  margin: 0;
  padding-inline-start: 1.2rem;
}

.error-summary a {
  color: var(--error);
}

.copy-row {
  display: flex;
  gap: 0.5rem;
  flex-wrap: wrap;
}

.copy-row input {
  flex: 1 1 14rem;
  direction: ltr;
}

[hidden] {
  display: none !important;
}

.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

.app-title {
  display: flex;
  align-items: center;
  gap: 0.9rem;
  margin-block-end: 0.75rem;
}

.app-title h1,
.app-title h2 {
  margin: 0;
}

@media (min-width: 40rem) {
  main {
    padding-block: 2.5rem 3rem;
    padding-inline: 1rem;
  }

  .card {
    padding: 1.75rem 2rem;
  }

  .app {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas:
      "head button"
      "desc button"
      "platforms button";
    column-gap: 1.25rem;
    align-items: center;
  }

  .app-head {
    grid-area: head;
  }

  .app-desc {
    grid-area: desc;
  }

  .app-platforms {
    grid-area: platforms;
    margin: 0;
  }

  .app > .button {
    grid-area: button;
    width: auto;
  }

  .app > .buttons {
    grid-column: 1 / -1;
  }
}

@media print {
  .language,
  .buttons {
    display: none;
  }
}
`;
