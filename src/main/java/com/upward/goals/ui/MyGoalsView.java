package com.upward.goals.ui;

import com.upward.base.ui.Tiles;
import com.upward.base.ui.Toasts;
import com.upward.goals.GoalService;
import com.upward.goals.MyGoalsDownloads;
import com.upward.goals.GoalModels.GoalCard;
import com.upward.goals.GoalModels.GoalEnrollment;
import com.upward.base.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;

import static com.upward.base.ui.Translations.tr;

/** The mentee's goals in one cohort: learning and outcome goals, milestones, status and the mentor's comments. */
@Route("goals")
@Menu(order = 25, icon = "vaadin:flag-checkered", title = "My goals")
@RolesAllowed(Role.Names.EMPLOYEE)
class MyGoalsView extends Div implements GoalPanel.Host, HasDynamicTitle {

    final Select<GoalEnrollment> cohort = new Select<>();
    final Button newGoal = new Button(tr("goals.view.new-goal"), VaadinIcon.PLUS.create());
    final Div list = new Div();
    final List<GoalPanel> panels = new ArrayList<>();

    /** What features above goals offer to download here (the growth report). */
    final List<Component> downloads;
    private final GoalService goals;
    private List<GoalCard> shown = List.of();

    MyGoalsView(GoalService goals, ObjectProvider<MyGoalsDownloads> downloads) {
        this.goals = goals;
        this.downloads = downloads.orderedStream().map(MyGoalsDownloads::create).toList();
        addClassNames("page", "goals-page");
        add(new H2(tr("goals.view.title")));
        var intro = new Paragraph(tr("goals.view.intro"));
        intro.addClassName("page-intro");
        add(intro);
        List<GoalEnrollment> mine = goals.myEnrollments();
        if (mine.isEmpty()) {
            add(Tiles.emptyState(tr("goals.view.no-cohort")));
            return;
        }
        cohort.setLabel(tr("goals.view.cohort"));
        cohort.setWidth("26rem");
        cohort.setItems(mine);
        cohort.setItemLabelGenerator(e -> e.editable() ? tr("goals.view.cohort-item", e.cohortName(), e.programName())
                : tr("goals.view.cohort-item-read-only", e.cohortName(), e.programName()));
        cohort.setValue(mine.stream().filter(GoalEnrollment::editable).findFirst().orElse(mine.getFirst()));
        cohort.addValueChangeListener(e -> render());
        newGoal.addThemeVariants(ButtonVariant.PRIMARY);
        newGoal.addClickListener(e -> new GoalDialog(goals, cohort.getValue(), null, this::saved, this::refused)
                .open());
        var toolbar = new HorizontalLayout(cohort, newGoal);
        this.downloads.forEach(toolbar::add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        list.addClassName("goal-list");
        add(toolbar, list);
        render();
    }

    @Override
    public String getPageTitle() {
        return tr("goals.view.title");
    }

    private void render() {
        GoalEnrollment enrollment = cohort.getValue();
        list.removeAll();
        panels.clear();
        newGoal.setEnabled(enrollment.editable());
        newGoal.setTooltipText(enrollment.editable() ? null : tr("goals.view.cohort-over"));
        shown = goals.goalsOf(enrollment.enrollmentId());
        if (shown.isEmpty()) {
            list.add(Tiles.emptyState(enrollment.editable() ? tr("goals.view.empty")
                    : tr("goals.view.empty-read-only")));
        }
        for (GoalCard goal : shown) {
            var panel = new GoalPanel(goals, goal, enrollment.editable(), this);
            panels.add(panel);
            list.add(panel);
        }
    }

    @Override
    public void saved(String message) {
        if (message != null) {
            Toasts.success(message);
        }
        render();
    }

    @Override
    public void milestoneAdded(GoalCard goal) {
        saved(tr("goals.view.milestone-added"));
        panels.stream().filter(p -> p.goalId() == goal.id()).findFirst().ifPresent(GoalPanel::openAdder);
    }

    /** A change the service refused as a whole, most often a conflict with another tab: offer to reload. */
    @Override
    public void refused(String message) {
        var dialog = new ConfirmDialog(tr("goals.view.not-saved"), message, tr("goals.view.reload"), e -> render());
        dialog.open();
    }

    @Override
    public void edit(GoalCard goal) {
        new GoalDialog(goals, cohort.getValue(), goal, this::saved, this::refused).open();
    }

    @Override
    public void changeStatus(GoalCard goal) {
        new StatusDialog(goals, goal, shown.stream().filter(g -> g.id() != goal.id()).toList(), this::saved,
                this::refused).open();
    }
}
