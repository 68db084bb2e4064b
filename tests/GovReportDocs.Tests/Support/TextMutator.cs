namespace GovReportDocs.Tests.Support;

/// <summary>Damages text at random: deletes, inserts or replaces characters drawn from a noise alphabet.</summary>
internal static class TextMutator
{
    public static string Mutate(string text, Random random, int edits, string noise)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, noise[random.Next(noise.Length)]);
                    break;
                default:
                    chars[at] = noise[random.Next(noise.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
