// Standard output is buffered: Console.Out flushes on every write, which made `samples` of a million records spend
// most of its time in system calls.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = CrampSignals.Cli.CliApp.Run(args, stdout, Console.Error);
try
{
    stdout.Flush();
}
catch (IOException)
{
    // The reader went away (a closed pipe): nothing left to tell it.
}
return code;
