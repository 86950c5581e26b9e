"""The sender's authentication and From doubts on each mail and case; when a case closed and was purged

Revision ID: 0007_sender
Revises: 0005_console
Create Date: 2026-12-06 08:40:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0007_sender'
down_revision = '0005_console'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.add_column(sa.Column('auth_spf', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('auth_dkim', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('auth_dmarc', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('sender_doubts', sqlmodel.sql.sqltypes.AutoString(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sender_doubts', sqlmodel.sql.sqltypes.AutoString(), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.drop_column('closed_at')
        batch_op.drop_column('sender_doubts')
    with op.batch_alter_table('mail', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
        batch_op.drop_column('sender_doubts')
        batch_op.drop_column('auth_dmarc')
        batch_op.drop_column('auth_dkim')
        batch_op.drop_column('auth_spf')
