using System.CommandLine;

namespace CrampSignals.Cli.Commands;

/// <summary>Every subcommand of the tool, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context) =>
    [
        AnalyzeCommand.Create(context),
        SignalsCommand.Create(context),
        InspectCommand.Create(context),
        SamplesCommand.Create(context),
        SimulateCommand.Create(context),
        CohortCommand.Create(context),
        HistoryCommand.Create(context),
        LogCommand.Create(context),
    ];
}
