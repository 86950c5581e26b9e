"""Workflows as data: the closed registries (`registry`) and the file format with its checks (`format`)."""

from bot.core.workflows.format import (
                                       AUTO_SEND_TEMPLATES,
                                       COMPLAINT_RIGHTS,
                                       CUSTOMER_TEMPLATES,
                                       REFUSAL_CONDITIONS,
                                       REFUSAL_TEMPLATES,
                                       RETENTION_FILE,
                                       Deadline,
                                       Reminders,
                                       StaffActions,
                                       Step,
                                       TemplateExists,
                                       TemplateIncludes,
                                       Workflow,
                                       applicable_steps,
                                       parse_retention,
                                       parse_workflow,
                                       parse_workflows,
                                       step_refuses,
                                       template_for,
)
from bot.core.workflows.registry import CONDITIONS, TASKS, CaseFacts, Condition, Task, evaluate

__all__ = [
    "AUTO_SEND_TEMPLATES", "COMPLAINT_RIGHTS", "CONDITIONS", "CUSTOMER_TEMPLATES", "REFUSAL_CONDITIONS",
    "REFUSAL_TEMPLATES", "RETENTION_FILE", "TASKS", "CaseFacts", "Condition", "Deadline", "Reminders",
    "StaffActions", "Step", "Task", "TemplateExists", "TemplateIncludes", "Workflow", "applicable_steps", "evaluate",
    "parse_retention", "parse_workflow", "parse_workflows", "step_refuses", "template_for",
]
