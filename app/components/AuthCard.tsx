import type { ReactNode } from "react";

/** The narrow, centred frame of the account pages (sign-up, log-in, links from mails). */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="page auth" aria-labelledby="auth-title">
      <div className="auth__card">
        <h1 id="auth-title">{title}</h1>
        {intro ? <div className="auth__intro">{intro}</div> : null}
        {children}
      </div>
    </section>
  );
}
