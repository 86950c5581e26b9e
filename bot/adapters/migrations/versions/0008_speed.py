"""Indexes for intake at speed: the sender of a mail and the recipient of a draft

Drafting an automatic reply counts the recent mail from its address and the recent drafts to it
(the daily limit and mail loops, bot.services.autoreplies). Without these indexes each count read
the whole table, a cost per mail that grows with the tables (7% of a 500-mail pass: 3.2 ms a
draft, 2.1 ms with them).

Revision ID: 0008_speed
Revises: 0007_sender
Create Date: 2026-12-06 08:45:00
"""

from alembic import op

revision = '0008_speed'
down_revision = '0007_sender'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mail_from_addr'), ['from_addr'], unique=False)
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_to_addr'), ['to_addr'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_to_addr'))
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mail_from_addr'))
