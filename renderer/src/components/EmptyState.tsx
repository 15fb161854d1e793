export function EmptyState({ text, testId }: { text: string; testId?: string | undefined }) {
  return (
    <p className="empty" data-testid={testId}>
      {text}
    </p>
  );
}
