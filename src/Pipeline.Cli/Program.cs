using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("Pipeline: turns raw news pages (HTML or text dumps) into clean, structured articles.")
{
    CleanCommand.Create(),
    EvalCommand.Create(),
};

return await root.Parse(args).InvokeAsync();
