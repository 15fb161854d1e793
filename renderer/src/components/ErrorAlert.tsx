/** A failure in plain words, announced at once (role=alert); nothing when there is none. */
export function ErrorAlert({ message, testId }: { message: string | null; testId?: string }) {
  if (message === null) return null;
  return (
    <p className="alert alert--error" role="alert" data-testid={testId} dir="auto">
      {message}
    </p>
  );
}
