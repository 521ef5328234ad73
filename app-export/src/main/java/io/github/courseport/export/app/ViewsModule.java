package io.github.courseport.export.app;

import dagger.Module;
import dagger.Provides;
import io.github.courseport.export.archive.BagArchive;
import java.util.List;

/** The views of the record written into every archive (index.html, CSV, iCalendar, xAPI). */
@Module
public final class ViewsModule {
  private ViewsModule() {}

  @Provides
  static List<BagArchive.PayloadContributor> views() {
    return List.of();
  }
}
