package vn.gopy.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo, then Gopy's own style sheet. The style sheet's source is
 * {@code frontend/styles/}; Maven copies it to the static resources, so no Node build is needed.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/gopy.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "description", content = "Gopy: góp ý dự thảo văn bản quy phạm pháp luật / public consultation on draft laws")
public class GopyAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Gopy");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
    }
}
