
namespace GovReportDocs.Reading.Sources;

/// <summary>A reader refuses what it found inside a file (a zip bomb, no body); the message is Chinese and for the user.</summary>
internal sealed class RefusedContentException(string message) : Exception(message);
