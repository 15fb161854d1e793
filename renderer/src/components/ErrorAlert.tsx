/** A failure in plain words, announced at once (role=alert); nothing when there is none. */
export function ErrorAlert({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <p className="alert alert--error" role="alert" dir="auto">
      {message}
    </p>
  );
}
