using System.Globalization;
using System.Text;

namespace DutchTechZone.Etl.Spreadsheets;

/// <summary>The legacy VML drawing Excel needs to show cell comments (one hidden note shape per header cell).</summary>
internal static class CommentsVml
{
    public static string For(int columnCount)
    {
        var sb = new StringBuilder();
        sb.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        sb.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>");
        sb.Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        for (var c = 0; c < columnCount; c++)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"<v:shape id=\"_x0000_s{1025 + c}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:220pt;height:70pt;z-index:{c + 1};visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">");
            sb.Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>");
            sb.Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>");
            sb.Append(CultureInfo.InvariantCulture,
                $"<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>{c + 1}, 15, 0, 2, {c + 4}, 15, 5, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>{c}</x:Column></x:ClientData>");
            sb.Append("</v:shape>");
        }

        sb.Append("</xml>");
        return sb.ToString();
    }
}
