namespace CrampSignals.Cli;

/// <summary>Where a command writes: standard output for results, standard error for warnings.</summary>
/// <param name="Out">Results.</param>
/// <param name="Error">Warnings and progress.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error);

/// <summary>Input the tool cannot read (exit code 1), with a message naming the file.</summary>
public sealed class InputException(string message) : Exception(message);

/// <summary>A usage error found after parsing (exit code 2), e.g. options that do not go together.</summary>
public sealed class UsageException(string message) : Exception(message);
