/** An error in how khabar was called (exit status 2). Example: `--format xml` → UsageError. */
export class UsageError extends Error {}
