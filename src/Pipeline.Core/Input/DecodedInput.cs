using Pipeline.Core.Model;

namespace Pipeline.Core.Input;

/// <summary>An input turned into text: the kind it was judged to be and the encoding used.</summary>
public sealed record DecodedInput(RawInput Raw, string Text, InputKind Kind, string EncodingName, string Sha256);
