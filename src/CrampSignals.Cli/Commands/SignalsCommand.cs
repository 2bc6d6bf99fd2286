using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>The <c>signals</c> command.</summary>
internal static class SignalsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("signals", "Not available yet.");
        command.SetAction(_ =>
        {
            context.Error.WriteLine("crampsignals: 'signals' is not available yet.");
            return CliApp.UsageError;
        });
        return command;
    }
}
