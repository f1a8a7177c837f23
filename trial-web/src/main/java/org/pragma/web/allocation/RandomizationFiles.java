package org.pragma.web.allocation;

import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.CommittedDraw;
import org.pragma.shared.DomainException;

/**
 * A committed wave's files for the signed-in browser (the REST API takes no cookies):
 * {@code /randomization-files/STUDY/WAVE/sites.csv} and {@code .../report.json}. The same service
 * calls as the REST endpoints decide what the caller gets: the sites CSV needs the whole wave
 * ({@link AllocationService#wholeWave}); the report is the wave as the caller may see it (a
 * coordinator's shows only their sites). Anything else, or a wave the caller may not see, is 404.
 */
@WebServlet("/randomization-files/*")
public class RandomizationFiles extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern PATH = Pattern.compile("/([A-Za-z0-9-]{1,64})/([0-9]{1,6})/(sites\\.csv|report\\.json)");
  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB private transient AllocationService allocation;

  /** Where the page links to a wave's file. */
  static String path(String study, int wave, String file) {
    return "/randomization-files/" + study + "/" + wave + "/" + file;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Matcher m = request.getPathInfo() == null ? null : PATH.matcher(request.getPathInfo());
    if (m == null || !m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String study = m.group(1);
    int wave = Integer.parseInt(m.group(2));
    String body;
    String name;
    try {
      if (m.group(3).equals("sites.csv")) {
        body = SitesCsv.of(allocation.wholeWave(study, wave).draw());
        name = AllocationService.sitesCsvName(study, wave);
        response.setContentType("text/csv");
      } else {
        CommittedDraw committed = allocation.committed(study, wave);
        body = JSON.toJson(committed);
        name = study.toLowerCase(Locale.ROOT) + "-wave" + wave + "-report.json";
        response.setContentType("application/json");
      }
    } catch (DomainException e) { // unknown study, no such wave, or one the caller may not see
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
