namespace Pipeline.Core.Model;

/// <summary>What an input is, judged from its content rather than its name.</summary>
public enum InputKind
{
    Html,
    Text,
}
