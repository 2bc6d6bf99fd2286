using System.CommandLine;
using System.CommandLine.Help;
using CrampSignals.Activities;
using CrampSignals.Cli.Commands;
using CrampSignals.Formats;

namespace CrampSignals.Cli;

/// <summary>The <c>crampsignals</c> tool: exit 0 on success, 1 for input that cannot be read, 2 for a usage error.</summary>
public static class CliApp
{
    /// <summary>Exit code for success (warnings may still go to stderr).</summary>
    public const int Success = 0;
    /// <summary>Exit code for input that cannot be read.</summary>
    public const int InputError = 1;
    /// <summary>Exit code for a usage error.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the tool with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var context = new CliContext(stdout, stderr);
        // A plain command named after the tool rather than RootCommand, whose name would be the assembly's
        // (CrampSignals.Cli: the library already owns "CrampSignals", and file names differing only by case collide).
        var root = new Command("crampsignals", "CrampSignals: read watch files, find what came before leg cramps, and get advice to prevent them.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        var maxDecoded = new Option<int?>("--max-decoded-mb")
        {
            Description = $"Refuse an activity file (or one zip entry) that decodes to more than this many MiB (default {ActivityFile.MaxDecodedBytes >> 20}).",
            Recursive = true,
        };
        root.Options.Add(maxDecoded);
        foreach (var command in CommandCatalog.Create(context)) root.Subcommands.Add(command);

        // No response files: a word starting with @ is a clock time (log --at @07:45) or a file's name, never a list of arguments.
        var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var errors = parse.Errors.Select(e => UsageMessages.Readable(e.Message, parse)).Concat(UsageMessages.UnknownOptions(parse)).ToList();
        // A mistyped command makes every later word unexpected too: the one line that names the mistake is enough.
        if (errors.FirstOrDefault(e => e.StartsWith("unknown command ", StringComparison.Ordinal)) is string unknownCommand) errors = [unknownCommand];
        if (errors.Count > 0)
        {
            foreach (var error in errors) stderr.WriteLine($"crampsignals: {LogText.Escape(error)}");
            stderr.WriteLine("Run 'crampsignals --help' for usage.");
            return UsageError;
        }
        // The cap is process-wide in the library; it is put back after the command so an embedding app keeps its own.
        var limit = ActivityFile.DecodedSizeLimit;
        try
        {
            if (parse.GetValue(maxDecoded) is int mb)
            {
                if (mb is < 1 or > 2047) throw new UsageException($"--max-decoded-mb: {mb} is outside 1 to 2047");
                ActivityFile.DecodedSizeLimit = (long)mb << 20;
            }
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (InputFailure(e) is string reason)
        {
            stderr.WriteLine($"crampsignals: {LogText.Escape(reason)}");
            return InputError;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"crampsignals: {LogText.Escape(e.Message)}");
            return UsageError;
        }
        catch (ArgumentException e)
        {
            // The library refuses arguments that contradict each other (two runs under one name, a shard out of range).
            stderr.WriteLine($"crampsignals: {LogText.Escape(e.Message)}");
            return UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the tool, not of the input: one line a user can report, never a stack trace in their terminal.
            stderr.WriteLine($"crampsignals: internal error, please report it: {e.GetType().Name}: {LogText.Escape(e.Message)}");
            return InputError;
        }
        finally
        {
            ActivityFile.DecodedSizeLimit = limit;
        }
    }

    private static string? InputFailure(Exception e) => e switch
    {
        InputFormatException a => a.Message,
        InputException i => i.Message,
        FileNotFoundException f => $"{f.FileName ?? "file"}: no such file",
        DirectoryNotFoundException d => d.Message,
        UnauthorizedAccessException u => u.Message,
        IOException io => io.Message,
        // A worker's failure reaches here wrapped (a table that cannot be written while the runs are analysed).
        AggregateException all => all.Flatten().InnerExceptions.Select(InputFailure).FirstOrDefault(r => r is not null),
        _ => null,
    };
}
