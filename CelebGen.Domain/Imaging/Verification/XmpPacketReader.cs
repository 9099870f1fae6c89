using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace CelebGen.Domain.Imaging.Verification;

/// <summary>
/// Finds an XMP packet in any file by scanning for it, as the XMP specification allows for unknown formats:
/// PNG iTXt (uncompressed) and JPEG APP1 both carry the packet as plain UTF-8. Reads the provenance fields
/// CelebGen writes, plus whatever else a foreign tool put there under the same names.
/// </summary>
public static class XmpPacketReader
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static readonly Dictionary<string, string> Fields = new()
    {
        ["{http://iptc.org/std/Iptc4xmpExt/2008-02-29/}DigitalSourceType"] = "Digital source type",
        ["{http://ns.adobe.com/xap/1.0/}CreatorTool"] = "Creator tool",
        ["{http://ns.adobe.com/xap/1.0/}CreateDate"] = "Created",
        ["{https://celebgen.app/ns/provenance/1.0/}ReferenceCode"] = "Reference code",
        ["{http://purl.org/dc/elements/1.1/}identifier"] = "Identifier",
    };

    /// <summary>The known fields found (label → value), empty when the file has no readable XMP.</summary>
    public static IReadOnlyDictionary<string, string> Read(ReadOnlySpan<byte> file)
    {
        var start = file.IndexOf("<x:xmpmeta"u8);
        if (start < 0)
        {
            return new Dictionary<string, string>();
        }
        var length = file[start..].IndexOf("</x:xmpmeta>"u8);
        if (length < 0)
        {
            return new Dictionary<string, string>();
        }
        var xml = Encoding.UTF8.GetString(file.Slice(start, length + "</x:xmpmeta>".Length));
        try
        {
            // No DTDs or external entities: the file comes from anyone.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            return Extract(XDocument.Load(reader));
        }
        catch (XmlException)
        {
            return new Dictionary<string, string>();
        }
    }

    private static Dictionary<string, string> Extract(XDocument document)
    {
        var found = new Dictionary<string, string>();
        foreach (var description in document.Descendants(Rdf + "Description"))
        {
            foreach (var attribute in description.Attributes())
            {
                if (Fields.TryGetValue(attribute.Name.ToString(), out var label))
                {
                    found.TryAdd(label, attribute.Value);
                }
            }
            foreach (var element in description.Elements())
            {
                if (Fields.TryGetValue(element.Name.ToString(), out var label))
                {
                    found.TryAdd(label, element.Value.Trim());
                }
            }
        }
        return found;
    }
}
