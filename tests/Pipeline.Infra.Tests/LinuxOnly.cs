using System.Runtime.Versioning;

// The Bicep CLI package and the handler package are linux-x64, and the tests check Unix exec bits.
[assembly: SupportedOSPlatform("linux")]
