namespace Pipeline.Core.Matching;

/// <summary>One alternative of a <see cref="SplitAlternation"/>: its regex and, when known, how close to its start a match holds a digit.</summary>
/// <param name="Pattern">The alternative's regex source.</param>
/// <param name="DigitWithin">
/// When set, the first digit of every match lies at most this many characters after the match's start, not counting the whitespace
/// run just before that digit ("Sept. 10, 2016": the name and its dot). The alternative is then tried only in that reach before each
/// digit, instead of everywhere its first characters allow: a month name starts with nearly any letter, a date needs a digit.
/// </param>
/// <param name="Candidate">
/// When set, a smaller regex that matches at every position where <paramref name="Pattern"/> does (a prefix of it, say): the text is
/// searched with it, and <paramref name="Pattern"/> is tried only where it matches. A pattern too large for the JIT to optimise then
/// runs at a few places instead of at every one its first characters allow. Not with <paramref name="DigitWithin"/>.
/// </param>
/// <param name="StartsWord">
/// With <paramref name="DigitWithin"/>: every match starts with a letter (<c>\p{L}</c>) that follows no letter, so the other places in
/// the reach are not tried.
/// </param>
public sealed record RegexAlternative(string Pattern, int? DigitWithin = null, string? Candidate = null, bool StartsWord = false);
