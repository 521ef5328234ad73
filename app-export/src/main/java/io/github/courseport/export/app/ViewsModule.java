package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.core.port.RecordRenderer;
import io.github.courseport.export.views.GradesCsvRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The views of the record written into every archive: every {@link RecordRenderer} on the classpath
 * (the built-in index.html, CSV, iCalendar and xAPI ones, and any plug-in), in name order so that
 * archives come out the same. The built-in CSV one follows {@code --csv-bom}.
 */
@Module
public final class ViewsModule {
  private ViewsModule() {}

  @Provides
  static List<RecordRenderer> renderers(ExportOptions options) {
    List<RecordRenderer> all = new ArrayList<>();
    for (RecordRenderer r : ServiceLoader.load(RecordRenderer.class)) {
      all.add(r instanceof GradesCsvRenderer ? new GradesCsvRenderer(options.csvBom()) : r);
    }
    all.sort(Comparator.comparing(RecordRenderer::name));
    return List.copyOf(all);
  }
}
