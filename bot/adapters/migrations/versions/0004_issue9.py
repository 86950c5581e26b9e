"""Letters answering several steps, superseded drafts, task detail and sharing, phone suppression,
resolved flagged mail, the forward date of a staff-forwarded mail.

Revision ID: 0004_issue9
Revises: 0003_service
Create Date: 2026-12-06 05:25:23.269337
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0004_issue9'
down_revision = '0003_service'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('forwarded_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parts_json', sqlmodel.sql.sqltypes.AutoString(), server_default='[]', nullable=False))
        batch_op.add_column(sa.Column('superseded_by', sa.Integer(), nullable=True))

    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resolved_by', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('resolution', sqlmodel.sql.sqltypes.AutoString(), nullable=True))

    with op.batch_alter_table('suppression', schema=None) as batch_op:
        batch_op.add_column(sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), server_default='email', nullable=False))

    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.add_column(sa.Column('detail', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('serves', sqlmodel.sql.sqltypes.AutoString(), server_default='', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('task', schema=None) as batch_op:
        batch_op.drop_column('serves')
        batch_op.drop_column('detail')

    with op.batch_alter_table('suppression', schema=None) as batch_op:
        batch_op.drop_column('channel')

    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.drop_column('resolution')
        batch_op.drop_column('resolved_at')
        batch_op.drop_column('resolved_by')

    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_column('superseded_by')
        batch_op.drop_column('parts_json')

    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('forwarded_at')

